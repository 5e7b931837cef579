package io.verbatim.cli;

import io.verbatim.output.OutputSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code verbatim schema}: prints the output contract ({@link OutputSchema}) as the Markdown the
 * README's "Outputs" section holds, so the README is generated from the code, never typed.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the output tables' columns, types and meanings (Markdown).")
final class SchemaCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.out.print(markdown());
    return 0;
  }

  /** Every table of the contract as a Markdown table, in the order a run writes them. */
  static String markdown() {
    StringBuilder md = new StringBuilder();
    for (OutputSchema.Table t : OutputSchema.TABLES) {
      md.append("**`").append(t.name()).append("/`** — ").append(t.rows()).append("\n\n");
      md.append("| column | type | |\n|---|---|---|\n");
      for (OutputSchema.Column c : t.columns()) {
        md.append("| ").append(c.name()).append(" | ").append(c.type().readable())
            .append(c.nullable() ? ", nullable" : "").append(" | ").append(c.meaning())
            .append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }
}
