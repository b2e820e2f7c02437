import type { DetectorRule } from "../detectors";

/** Signals read from the form of the writing rather than its words. */
export const DETECTOR_RULES: readonly DetectorRule[] = [
  {
    id: "any.tone.hostile.shouting",
    signal: "tone.hostile",
    language: "any",
    severity: 2,
    detector: "shouting",
    note: {
      en: "Writing in capitals reads as shouting.",
      de: "Großbuchstaben wirken wie Anschreien.",
    },
    examples: {
      flag: ["I TOLD YOU THIS LAST WEEK.", "DAS HABE ICH IHNEN SCHON ZWEIMAL GESAGT!", "Please. FIX IT NOW."],
      pass: ["Can you send the PDF and the SVG by EOD?", "Our CEO loved the SEO report.", "Die GmbH zahlt per SEPA.", "FYI: the ASAP list is in the CRM.", "Please write dates as MMM DD, YYYY in the report.", "Das Datum bitte als TT.MM.JJJJ eintragen."],
    },
  },
  {
    id: "any.tone.pressure.insistent-punctuation",
    signal: "tone.pressure",
    language: "any",
    severity: 1,
    detector: "insistent-punctuation",
    note: {
      en: "Doubled question marks press for an answer now.",
      de: "Doppelte Fragezeichen drängen auf eine sofortige Antwort.",
    },
    examples: {
      flag: ["Any update??", "Is it done yet?!", "Wo bleibt der Entwurf??"],
      pass: ["Any update on the logo?", "Thanks so much!!!", "Is Tuesday okay for you?"],
    },
  },
  {
    id: "any.capacity.overload.long-list",
    signal: "capacity.overload",
    language: "any",
    severity: 2,
    detector: "long-list",
    nearby: {
      requires: [
        "(by|before|until|till|for) (tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of (the)? (day|week)|end of (day|week)|eod|cob|the weekend|the morning|first thing|noon|lunch|lunchtime|the launch|the event|the fair|the opening)",
        "(today|tonight|asap|this week|this weekend|first thing tomorrow|tomorrow morning|in the next (two|three|couple of|few) days|within (24|48) hours)",
        "(bis|zum|für|vor|spätestens|noch vor) (morgen|heute|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende der woche|wochenende|mittag|dem launch|der messe|der eröffnung)",
        "(noch heute|heute noch|morgen früh|asap|diese woche|dieses wochenende|am wochenende|in den nächsten (zwei|drei|paar) tagen|innerhalb von (24|48) stunden)",
      ],
      unless: [
        "(I'll|we'll|I will|we will|I'm|we're) (send|sending|deliver|delivering|share|sharing|upload|uploading|provide|providing|get|getting)",
        "(thanks|thank you) for",
        "(quote|estimate|quotation|proposal|no rush)",
        "(ich|wir) (schicke|schicken|sende|senden|liefere|liefern|lade|laden|stelle|stellen)",
        "(danke|vielen dank|herzlichen dank) (für|fürs)",
        "(angebot|kostenvoranschlag|offerte|keine eile)",
      ],
    },
    note: {
      en: "A long list of jobs for a near date: a capacity question, not just a to-do list.",
      de: "Eine lange Liste von Aufgaben bis zu einem nahen Termin: eine Frage der Kapazität, nicht nur eine To-do-Liste.",
    },
    examples: {
      flag: [
        "Here's what we need by Friday:\n- the newsletter\n- three blog posts\n- a landing page\n- the brochure update\n- social posts for the month",
        "Bis Montag früh bräuchten wir:\n\n- 4 Blogartikel\n- 12 Rezept-Intros\n- Landingpage für die Kampagne\n- Newsletter\n- Pressemitteilung",
        "Could you sort these out?\n1. Update the price list\n2. Fix the contact form\n3. New hero image\n4. Add the team page. Urgent.\n5. Redo the footer\nAll of it before the launch on Tuesday, please.",
      ],
      pass: [
        "Here's the brief for the project:\n- logo\n- business cards\n- letterhead\n- email signature\n- social media avatars",
        "We'll send you the following by Friday:\n- photos\n- texts\n- logo files\n- price list\n- opening hours",
        "Bis Freitag bräuchte ich:\n- den Flyer\n- das Plakat\n- die Anzeige",
        "Könnten Sie uns ein Angebot für folgende Leistungen bis Freitag schicken?\n- Logo\n- Visitenkarten\n- Briefpapier\n- Website\n- Flyer",
      ],
    },
  },
];
