package io.verbatim.labelled;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads a SemEval-2014 Task 4 XML file (restaurants or laptops). */
public final class AspectXmlReader {

  private AspectXmlReader() {
  }

  /** At most {@code limit} sentences, in file order, with or without aspect terms. */
  public static List<AspectSentence> read(Path file, int limit) throws IOException {
    Document doc;
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = f.newDocumentBuilder().parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
    }
    List<AspectSentence> out = new ArrayList<>();
    NodeList sentences = doc.getElementsByTagName("sentence");
    for (int i = 0; i < sentences.getLength() && out.size() < limit; i++) {
      Element s = (Element) sentences.item(i);
      NodeList texts = s.getElementsByTagName("text");
      if (texts.getLength() == 0) {
        continue;
      }
      List<AspectSentence.Term> terms = new ArrayList<>();
      NodeList termNodes = s.getElementsByTagName("aspectTerm");
      for (int t = 0; t < termNodes.getLength(); t++) {
        Element e = (Element) termNodes.item(t);
        terms.add(new AspectSentence.Term(e.getAttribute("term"), e.getAttribute("polarity"),
            Integer.parseInt(e.getAttribute("from")), Integer.parseInt(e.getAttribute("to"))));
      }
      List<String> categories = new ArrayList<>();
      NodeList categoryNodes = s.getElementsByTagName("aspectCategory");
      for (int c = 0; c < categoryNodes.getLength(); c++) {
        categories.add(((Element) categoryNodes.item(c)).getAttribute("category"));
      }
      out.add(new AspectSentence(s.getAttribute("id"), texts.item(0).getTextContent(), terms,
          categories));
    }
    return out;
  }
}
