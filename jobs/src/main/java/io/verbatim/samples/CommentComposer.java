package io.verbatim.samples;

import static io.verbatim.samples.Pick.chance;
import static io.verbatim.samples.Pick.one;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one comment: decides what kind of comment it is and what it is about ({@link #plan}),
 * then composes its sentences from the topic and generic phrase banks ({@link #write}).
 */
final class CommentComposer {

  /** What the customer wants to say. */
  enum Kind { COMPLAINT, PRAISE, MIXED, SUGGESTION, NEUTRAL }

  private static final double[] KIND_WEIGHTS = {38, 22, 15, 15, 10};
  /** Sentence budget: 0 is a terse fragment (3-6 words), then 1 to 5 sentences. */
  private static final double[] LENGTH_WEIGHTS = {12, 18, 28, 24, 12, 6};
  private static final double AGENT_NOTE_SHARE = 0.4;

  /**
   * @param kind what the customer wants to say
   * @param topic the main topic; for a mixed comment the one complained about
   * @param day day in the window, for trends
   * @param budget sentences wanted, 0 = terse
   */
  record Plan(Kind kind, Topic topic, int day, int budget) {
  }

  /** The text with its tone, so the score can follow it. */
  record Draft(String text, int negatives, int positives) {
  }

  private final TopicPicker picker;

  CommentComposer(TopicPicker picker) {
    this.picker = picker;
  }

  Plan plan(int day, SplittableRandom r) {
    Kind kind = Kind.values()[Pick.weighted(KIND_WEIGHTS, r)];
    Topic topic = switch (kind) {
      case COMPLAINT, MIXED -> picker.complaint(day, null, r);
      case PRAISE -> picker.praise(null, null, r);
      case SUGGESTION -> picker.suggestion(null, r);
      case NEUTRAL -> Topics.ALL.get(r.nextInt(Topics.ALL.size()));
    };
    int budget = Pick.weighted(LENGTH_WEIGHTS, r);
    if (kind == Kind.MIXED) {
      budget = Math.max(2, budget);
    } else if (kind == Kind.NEUTRAL) {
      budget = Math.min(3, budget);
    }
    return new Plan(kind, topic, day, budget);
  }

  Draft write(Plan plan, String channel, Slots slots, SplittableRandom r) {
    Body b = new Body(slots, r);
    int budget = Math.min(plan.budget(), maxSentences(channel));
    boolean agentNote = channel.equals(Channels.CALL_CENTRE)
        && (plan.kind() == Kind.COMPLAINT || plan.kind() == Kind.SUGGESTION)
        && chance(AGENT_NOTE_SHARE, r);
    if (agentNote) {
      agentNote(plan, b);
    } else if (budget == 0) {
      terse(plan, b);
    } else {
      switch (plan.kind()) {
        case COMPLAINT -> complaint(plan, budget, b);
        case PRAISE -> praise(plan, budget, b);
        case MIXED -> mixed(plan, Math.max(2, budget), b);
        case SUGGESTION -> suggestion(plan, budget, b);
        case NEUTRAL -> neutral(plan, budget, b);
      }
    }
    String text = ChannelStyle.dress(channel, b.sentences, b.positives - b.negatives, r);
    return new Draft(Typos.apply(text, r), b.negatives, b.positives);
  }

  private static int maxSentences(String channel) {
    return switch (channel) {
      case Channels.SOCIAL, Channels.CHAT -> 3;
      case Channels.APP_REVIEW -> 4;
      default -> 5;
    };
  }

  private void complaint(Plan p, int budget, Body b) {
    Topic t = p.topic();
    // Optional parts: opening, detail, follow-up, second problem, suggestion, closing.
    boolean[] on = choose(new double[] {1, t.details().isEmpty() ? 0 : 2, 1, 1.2, 1.6, 1.2},
        budget - 1, b.r);
    if (on[0]) {
      b.add(b.expand(one(Phrases.COMPLAINT_OPENINGS, b.r)));
    }
    String core = b.complaint(t);
    b.add(!on[0] && chance(0.15, b.r) ? Text.glue(one(Phrases.COMPLAINT_LEADS, b.r), core) : core);
    if (on[1]) {
      b.add(b.expand(one(t.details(), b.r)));
    }
    if (on[2]) {
      b.add(b.expand(one(Phrases.COMPLAINT_FOLLOW_UPS, b.r)));
    }
    if (on[3]) {
      String second = b.complaint(picker.complaint(p.day(), t, b.r));
      List<String> connectors = chance(0.5, b.r) ? Phrases.ADD_CONNECTORS
          : Phrases.WORSE_CONNECTORS;
      b.add(chance(0.6, b.r) ? Text.glue(one(connectors, b.r), second) : second);
    }
    if (on[4]) {
      b.add(b.suggestion(t));
    }
    if (on[5]) {
      b.add(b.expand(one(Phrases.COMPLAINT_CLOSINGS, b.r)));
    }
  }

  private void praise(Plan p, int budget, Body b) {
    Topic t = p.topic();
    // Optional parts: opening, second praise, closing, a suggestion.
    boolean[] on = choose(new double[] {1, 1.5, 1.5, 0.6}, budget - 1, b.r);
    if (on[0]) {
      b.add(b.expand(one(Phrases.PRAISE_OPENINGS, b.r)));
    }
    String core = b.praise(t);
    b.add(!on[0] && chance(0.12, b.r) ? Text.glue(one(Phrases.PRAISE_LEADS, b.r), core) : core);
    if (on[1]) {
      String second = b.praise(picker.praise(t, null, b.r));
      b.add(chance(0.5, b.r) ? Text.glue(one(Phrases.ADD_CONNECTORS, b.r), second) : second);
    }
    if (on[3]) {
      String idea = b.suggestion(picker.suggestion(null, b.r));
      b.add(chance(0.35, b.r) ? Text.glue("One small thing:", idea) : idea);
    }
    if (on[2]) {
      b.add(b.expand(one(Phrases.PRAISE_CLOSINGS, b.r)));
    }
  }

  private void mixed(Plan p, int budget, Body b) {
    Topic bad = p.topic();
    Topic good = picker.praise(bad, bad.products().get(0), b.r);
    // Optional parts: opening, detail, suggestion, closing.
    boolean[] on = choose(new double[] {0.7, bad.details().isEmpty() ? 0 : 1, 1.5, 1},
        budget - 2, b.r);
    if (on[0]) {
      b.add(b.expand(one(Phrases.NEUTRAL, b.r)));
    }
    String positive = b.praise(good);
    String negative = b.complaint(bad);
    String detail = on[1] ? b.expand(one(bad.details(), b.r)) : null;
    if (chance(0.6, b.r)) {
      b.add(positive);
      b.add(chance(0.8, b.r) ? Text.glue(one(Phrases.CONTRAST_CONNECTORS, b.r), negative)
          : negative);
      b.add(detail);
    } else {
      b.add(negative);
      b.add(detail);
      b.add(chance(0.8, b.r) ? Text.glue(one(Phrases.CONCESSION_CONNECTORS, b.r), positive)
          : positive);
    }
    if (on[2]) {
      b.add(b.suggestion(bad));
    }
    if (on[3]) {
      b.add(b.expand(one(Phrases.MIXED_CLOSINGS, b.r)));
    }
  }

  private void suggestion(Plan p, int budget, Body b) {
    Topic t = p.topic();
    // Optional parts: context before, reason, second suggestion, closing.
    boolean[] on = choose(new double[] {2, 1.2, 1, 0.8}, budget - 1, b.r);
    if (on[0]) {
      double x = b.r.nextDouble();
      if (x < 0.3) {
        b.add(b.complaint(t));
      } else if (x < 0.6 && !t.praise().isEmpty()) {
        b.add(b.praise(t));
      } else {
        b.add(b.expand(one(t.neutral().isEmpty() ? Phrases.NEUTRAL : t.neutral(), b.r)));
      }
    }
    b.add(b.suggestion(t));
    if (on[1]) {
      b.add(b.expand(one(Phrases.SUGGESTION_REASONS, b.r)));
    }
    if (on[2]) {
      String second = b.suggestion(picker.suggestion(t, b.r));
      b.add(chance(0.5, b.r) ? Text.glue(one(Phrases.ADD_CONNECTORS, b.r), second) : second);
    }
    if (on[3]) {
      b.add(b.expand(one(Phrases.NEUTRAL_CLOSINGS, b.r)));
    }
  }

  private void neutral(Plan p, int budget, Body b) {
    Topic t = p.topic();
    boolean own = !t.neutral().isEmpty() && chance(0.6, b.r);
    b.add(b.expand(one(own ? t.neutral() : Phrases.NEUTRAL, b.r)));
    boolean[] on = choose(new double[] {1.5, 1}, budget - 1, b.r);
    if (on[0]) {
      b.add(b.expand(one(Phrases.NEUTRAL, b.r)));
    }
    if (on[1]) {
      b.add(b.expand(one(Phrases.NEUTRAL_CLOSINGS, b.r)));
    }
  }

  private void terse(Plan p, Body b) {
    Topic t = p.topic();
    switch (p.kind()) {
      case COMPLAINT -> {
        b.negatives++;
        b.add(b.expand(one(chance(0.8, b.r) ? t.terseNegative() : Phrases.TERSE_NEGATIVE, b.r)));
      }
      case PRAISE -> {
        b.positives++;
        boolean own = !t.tersePositive().isEmpty() && chance(0.7, b.r);
        b.add(b.expand(one(own ? t.tersePositive() : Phrases.TERSE_POSITIVE, b.r)));
      }
      case SUGGESTION -> {
        String act = b.expand(one(t.suggestions(), b.r).act());
        b.add(chance(0.7, b.r) ? Text.capitalize(act) + (chance(0.3, b.r) ? "!" : ".")
            : "Please " + act + ".");
      }
      default -> b.add(b.expand(one(Phrases.TERSE_NEUTRAL, b.r)));
    }
  }

  /** Call centres store the agent's case note, written in the third person. */
  private void agentNote(Plan p, Body b) {
    Topic t = p.topic();
    String opening = b.expand("[Customer|Cust|Passenger|Cx|Pax] [called|rang|phoned|called in] "
        + "[about|re|regarding|re:] ") + b.expand(one(t.notes(), b.r)) + ".";
    b.add(opening);
    if (p.kind() == Kind.SUGGESTION) {
      String act = b.expand(one(t.suggestions(), b.r).act());
      b.add(b.expand("[Cust|Customer|Caller|Passenger] [suggested we|asked if we could|would like us to] ")
          + act + ".");
      return;
    }
    b.negatives++;
    b.add(b.expand("[Very unhappy|Frustrated|Angry|Upset|Annoyed][, escalated to " + t.owner()
        + "|, asked for a supervisor|, wants compensation|, says this is not the first time|]."));
    if (chance(0.5, b.r)) {
      b.add(b.expand("[Advised|Told cust|Informed customer] [5-7 working days|to submit a claim "
          + "online|we will call back within 48h|to email the receipts|case raised]."));
    }
  }

  /** Picks {@code k} distinct optional parts, each with probability by weight. */
  private static boolean[] choose(double[] weights, int k, SplittableRandom r) {
    double[] w = weights.clone();
    boolean[] on = new boolean[w.length];
    for (int n = 0; n < k; n++) {
      double total = 0;
      for (double x : w) {
        total += x;
      }
      if (total <= 0) {
        break;
      }
      int i = Pick.weighted(w, r);
      on[i] = true;
      w[i] = 0;
    }
    return on;
  }

  /** The sentences written so far and how many are negative or positive. */
  private static final class Body {
    final List<String> sentences = new ArrayList<>();
    final Slots slots;
    final SplittableRandom r;
    int negatives;
    int positives;

    Body(Slots slots, SplittableRandom r) {
      this.slots = slots;
      this.r = r;
    }

    String expand(String template) {
      return Template.expand(template, slots, r);
    }

    void add(String sentence) {
      if (sentence != null) {
        sentences.add(Text.capitalize(sentence));
      }
    }

    String complaint(Topic t) {
      negatives++;
      return expand(one(t.complaints(), r));
    }

    String praise(Topic t) {
      positives++;
      return expand(one(t.praise(), r));
    }

    /** A change asked for, framed as an imperative (3 in 4) or as a wish. */
    String suggestion(Topic t) {
      Topic.Suggestion s = one(t.suggestions(), r);
      if (chance(0.75, r)) {
        String act = expand(s.act());
        String frame = one(Phrases.ACT_FRAMES, r);
        return expand(frame.replace("{Act}", Text.capitalize(act)).replace("{act}", act));
      }
      return expand(one(Phrases.WISH_FRAMES, r).replace("{wish}", expand(s.wish())));
    }
  }
}
