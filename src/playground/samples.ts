/**
 * Sample client emails for the local playground, the page that stands in for Outlook.
 *
 * They are written to read like mail a freelancer really gets: the newest message on
 * top, then the signature, then the quoted history in the shape the sender's client
 * produces (Outlook desktop and web, Gmail, Apple Mail, iPhone). `signals` is what a
 * careful reader sees in the newest message alone (see ../../../shared/spec/signals.md):
 * several samples put a signal in the quoted history and none on top, or the other way
 * round, so the pane can be checked for blaming only the newest message.
 *
 * Every name, company, domain and invoice is invented. Domains are `.example`; phone
 * numbers come from the ranges regulators keep free for fiction (Ofcom's drama numbers,
 * the Bundesnetzagentur's "Drama Numbers", 555-01xx in North America).
 *
 * The English samples are addressed to Mara Lindqvist (brand & web designer), the
 * German ones to Jonas Becker (Texter). Ids are stable: URLs, localStorage and tests
 * refer to them, so add new samples rather than renaming old ones.
 */

/** A person on a sample email. */
export interface SampleAddress {
  readonly name: string;
  readonly address: string;
}

export type SampleSignalId =
  | "tone.hostile"
  | "tone.pressure"
  | "tone.passive_aggressive"
  | "scope.creep"
  | "scope.revisions"
  | "scope.free_work"
  | "capacity.overload"
  | "boundary.off_hours"
  | "money.price_pushback"
  | "money.late_payment"
  | "reliability.late_feedback"
  | "work.dissatisfaction";

export interface SampleEmail {
  /** Stable slug, used in URLs, localStorage and tests: never rename one. */
  readonly id: string;
  readonly language: "en" | "de";
  readonly subject: string;
  readonly from: SampleAddress;
  readonly to: readonly SampleAddress[];
  readonly cc: readonly SampleAddress[];
  /** ISO 8601 with offset. */
  readonly sentAt: string;
  readonly conversationId: string;
  /** How Outlook would hand the body to the add-in. */
  readonly bodyFormat: "html" | "text";
  /** The whole body as Outlook delivers it: the newest message, signature, and the quoted history below it. */
  readonly body: string;
  /** The signals a careful reader sees in the NEWEST message only (empty for a neutral email). */
  readonly signals: readonly SampleSignalId[];
  /** One line for the sample list, e.g. "Scope creep framed as a quick favour". English and German: */
  readonly summary: { readonly en: string; readonly de: string };
}

const MARA: SampleAddress = { name: "Mara Lindqvist", address: "mara@lindqvist-studio.example" };
const JONAS: SampleAddress = { name: "Jonas Becker", address: "jonas@becker-text.example" };

// The <head> that Outlook desktop (Word as the HTML editor) writes into every message.
const OUTLOOK_DESKTOP_HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>`;

// What Outlook (web and new desktop) wraps around HTML that arrives from Gmail or was
// written in Outlook on the web.
const WEB_HEAD = `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>`;

const APPLE_HEAD = `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>`;

const GMAIL_BLOCKQUOTE = `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">`;

const OWA_DIV = `<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">`;

export const SAMPLE_EMAILS: readonly SampleEmail[] = [
  // ───────────────────────────── English ─────────────────────────────
  {
    id: "en-scope-creep-menu-boards",
    language: "en",
    subject: "RE: Final logo files and brand guide",
    from: { name: "Priya Natarajan", address: "priya@fernhillbakery.example" },
    to: [MARA],
    cc: [],
    sentAt: "2026-01-21T14:32:00+00:00",
    conversationId: "AAQkADJDaRYmulrslIr9GVSRG6p1LhJX1y61AQjwRlXaV6UIUd2G=",
    bodyFormat: "html",
    body: `${OUTLOOK_DESKTOP_HEAD}
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hi Mara,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you so much for the final files, the whole team is thrilled with the new logo. Seeing it on the van mock-up made it feel real!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">While you’re at it, could you do a couple of small extras for us? Nothing big:<o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1">Menu boards for the three shops (Clifton, Redland and the new one on Gloucester Road) in the new colours<o:p></o:p></li>
<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1">A few Instagram story templates so Jess can post the weekly specials herself<o:p></o:p></li>
<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1">A quick refresh of the homepage banner so it matches<o:p></o:p></li>
</ul>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">It should only take an hour or two since you’ve got all the files open anyway. We’d love to have the boards up for the Gloucester Road opening on 6 February.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks again, you’ve been brilliant!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Priya<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#7A4B2A">Priya Natarajan</span></b><span style="font-size:10.0pt"><br>
Marketing Lead | Fernhill Bakery Co.<br>
T: 0117 496 0732 | M: 07700 900418<br>
<a href="https://fernhillbakery.example/">fernhillbakery.example</a></span><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">From:</span></b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> Mara Lindqvist &lt;mara@lindqvist-studio.example&gt;
<br>
<b>Sent:</b> 20 January 2026 16:05<br>
<b>To:</b> Priya Natarajan &lt;priya@fernhillbakery.example&gt;<br>
<b>Subject:</b> Final logo files and brand guide<o:p></o:p></span></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Hi Priya,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please find the final logo files attached (SVG, PNG and EPS; full colour, one colour and reversed), plus the 12-page brand guide as a PDF.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">That completes everything in our agreement: the logo, the colour palette and the brand guide. I’ve really enjoyed working on this with you and the team. The final invoice (INV-2026-004) follows separately.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best,<o:p></o:p></p>
<p class="MsoNormal">Mara<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:10.0pt">Mara Lindqvist<br>
Lindqvist Studio | Brand &amp; web design<br>
lindqvist-studio.example</span><o:p></o:p></p>
</div>
</body>
</html>
`,
    signals: ["scope.creep"],
    summary: {
      en: "Scope creep framed as “while you’re at it”, right after the final files",
      de: "Scope Creep als „wo du gerade dabei bist“, direkt nach der Schlusslieferung",
    },
  },

  // Eleven quoted messages over seven weeks. The oldest client message ("Need this
  // ASAP!!!") carries pressure; the newest one only asks for yet another round.
  {
    id: "en-revisions-back-to-version-2",
    language: "en",
    subject: "RE: Homepage hero: two directions",
    from: { name: "Derek Halvorsen", address: "derek@ledgerly.example" },
    to: [MARA],
    cc: [{ name: "Sana Qureshi", address: "sana@ledgerly.example" }],
    sentAt: "2026-04-16T09:47:00-04:00",
    conversationId: "AAQkADSC4GAGave8w7bmJyW8srYBWlrHLp9WAQDc/TPtVvk6laJb=",
    bodyFormat: "text",
    body: `Hi Mara,

Thanks for v7. Having slept on it, I think we overcorrected. Can we go back to version 2 of the hero, but with the illustration from v5 and the button colour from v6? Also the CEO saw it yesterday and now wants to see the headline in a serif, so maybe try two or three fonts side by side.

I know v7 was meant to be the last one, but one more round and I think we're there. Monday would be great if possible.

Thanks,
Derek

Derek Halvorsen
Head of Growth | Ledgerly
+1 (212) 555-0148
ledgerly.example

________________________________
From: Mara Lindqvist <mara@lindqvist-studio.example>
Sent: Tuesday, April 14, 2026 11:12 AM
To: Derek Halvorsen <derek@ledgerly.example>
Cc: Sana Qureshi <sana@ledgerly.example>
Subject: RE: Homepage hero: two directions

Hi Derek,

Here's v7 with the headline on two lines and the button back in teal. As agreed on 3 April, this second extra round is billed at $95/hour (1.5 hours); I'll add it to the final invoice.

Best,
Mara

________________________________
From: Derek Halvorsen <derek@ledgerly.example>
Sent: Friday, April 10, 2026 4:58 PM
To: Mara Lindqvist <mara@lindqvist-studio.example>
Cc: Sana Qureshi <sana@ledgerly.example>
Subject: RE: Homepage hero: two directions

Almost! Can we try the headline on two lines and swap the button back to teal? Green felt a bit "go" for a finance product.

D.

________________________________
From: Mara Lindqvist <mara@lindqvist-studio.example>
Sent: Wednesday, April 8, 2026 11:05 AM
To: Derek Halvorsen <derek@ledgerly.example>
Cc: Sana Qureshi <sana@ledgerly.example>
Subject: RE: Homepage hero: two directions

Hi Derek,

Here's v6: lighter background, green button. This was the first extra round, billed at $95/hour as per section 4 of our agreement (2 hours).

Best,
Mara

________________________________
From: Derek Halvorsen <derek@ledgerly.example>
Sent: Friday, April 3, 2026 5:55 PM
To: Mara Lindqvist <mara@lindqvist-studio.example>
Cc: Sana Qureshi <sana@ledgerly.example>
Subject: RE: Homepage hero: two directions

We're close! Can you lighten the background again and make the button green? Happy to pay for an extra round, understood it's outside the three.

Derek

________________________________
From: Mara Lindqvist <mara@lindqvist-studio.example>
Sent: Monday, March 30, 2026 10:30 AM
To: Derek Halvorsen <derek@ledgerly.example>
Cc: Sana Qureshi <sana@ledgerly.example>
Subject: RE: Homepage hero: two directions

Hi Derek,

v5 attached, with the darker background and a new illustration with people in it. This is round 3 of 3, the last round included in our agreement; any further rounds are billed at my hourly rate of $95 (section 4).

Best,
Mara

________________________________
From: Derek Halvorsen <derek@ledgerly.example>
Sent: Wednesday, March 25, 2026 4:15 PM
To: Mara Lindqvist <mara@lindqvist-studio.example>
Cc: Sana Qureshi <sana@ledgerly.example>
Subject: RE: Homepage hero: two directions

Looks great. Small thing: the CEO wants to test a darker background. And maybe a new illustration, something with people in it? It feels a bit cold.

Derek

________________________________
From: Mara Lindqvist <mara@lindqvist-studio.example>
Sent: Thursday, March 12, 2026 9:48 AM
To: Derek Halvorsen <derek@ledgerly.example>
Cc: Sana Qureshi <sana@ledgerly.example>
Subject: RE: Homepage hero: two directions

Hi Derek,

v4 attached (round 2 of 3): the illustration is back, the palette is cooler with teal instead of orange, and the headline is now 56px.

Best,
Mara

________________________________
From: Derek Halvorsen <derek@ledgerly.example>
Sent: Monday, March 9, 2026 9:02 AM
To: Mara Lindqvist <mara@lindqvist-studio.example>
Cc: Sana Qureshi <sana@ledgerly.example>
Subject: RE: Homepage hero: two directions

Screenshot version is too busy. Back to the illustration, but can it feel a bit more "fintech"? Sana also thinks the orange reads as a warning colour.

Derek

________________________________
From: Mara Lindqvist <mara@lindqvist-studio.example>
Sent: Tuesday, March 3, 2026 10:20 AM
To: Derek Halvorsen <derek@ledgerly.example>
Subject: RE: Homepage hero: two directions

Hi Derek,

Here's v3, round 1 of 3: bigger headline, warmer palette, and a variant with the product screenshot instead of the illustration.

Best,
Mara

________________________________
From: Derek Halvorsen <derek@ledgerly.example>
Sent: Thursday, February 26, 2026 6:40 PM
To: Mara Lindqvist <mara@lindqvist-studio.example>
Subject: RE: Homepage hero: two directions

Team likes v2 overall, but the headline needs to be way bigger and the palette warmer. Also try one with a product screenshot instead of the illustration. Need this ASAP!!! Board meeting is next week and I want to show it.

Sent from Outlook for iOS

________________________________
From: Mara Lindqvist <mara@lindqvist-studio.example>
Sent: Tuesday, February 24, 2026 10:05 AM
To: Derek Halvorsen <derek@ledgerly.example>
Subject: Homepage hero: two directions

Hi Derek,

Attached are the two directions for the homepage hero we talked about at kickoff (v1 and v2). As agreed, the project includes three rounds of revisions on the chosen direction.

Looking forward to your thoughts.

Best,
Mara

Mara Lindqvist
Lindqvist Studio | Brand & web design
lindqvist-studio.example
`,
    signals: ["scope.revisions"],
    summary: {
      en: "Back to version 2 after seven versions and two paid extra rounds (long thread)",
      de: "Zurück zu Version 2 nach sieben Versionen und zwei bezahlten Extrarunden (langer Verlauf)",
    },
  },

  {
    id: "en-free-work-surely-included",
    language: "en",
    subject: "Re: Your final logo files",
    from: { name: "Tom Whitaker", address: "tom@stillpointyoga.example" },
    to: [MARA],
    cc: [],
    sentAt: "2026-03-09T07:58:00+00:00",
    conversationId: "AAQkADTDF5WloSZKZkMUir6PVc4v6LTJ4bjZAQ6ceUIfOx4JmsVn=",
    bodyFormat: "text",
    body: `Morning Mara,

Quick one before my 8am class. Surely the business cards and the email signature are included in the logo package? I assumed that's what a "package" means. I need 500 cards printed for the open day on the 21st.

Also I mentioned you to my friend Hannah who's opening a little café next door. Could you knock up a simple logo for her as a favour? It'd be great exposure for you, she gets loads of foot traffic.

Cheers,
Tom

Sent from my iPhone

> On 6 Mar 2026, at 17:20, Mara Lindqvist <mara@lindqvist-studio.example> wrote:
>
> Hi Tom,
>
> Your final logo files are ready to download (link below, valid for 30 days): the sage green version in full colour, one colour and white, plus the colour palette with print and screen values.
>
> That wraps up the logo package. If you'd like business cards or other stationery, I'm happy to send a quote for those separately.
>
> Best,
> Mara
>
> https://files.lindqvist-studio.example/d/stillpoint-final
>
>> On 5 Mar 2026, at 12:03, Tom Whitaker <tom@stillpointyoga.example> wrote:
>>
>> Love it!! Let's go with the sage green version. Can't wait to see it on the studio door.
>>
>> Tom
>>
>> Sent from my iPhone
`,
    signals: ["scope.free_work", "scope.creep"],
    summary: {
      en: "“Surely that’s included”, plus a free logo for a friend “for the exposure”",
      de: "„Das ist doch sicher inklusive“, dazu ein Gratis-Logo für eine Freundin „für die Reichweite“",
    },
  },

  // Saturday 23:40, twelve deliverables for Monday 9am, an ultimatum: the mixed case.
  // The quoted Friday email from Mara already says she is offline at the weekend.
  {
    id: "en-saturday-night-twelve-tasks",
    language: "en",
    subject: "Re: June plan for the retainer",
    from: { name: "Rachel Okafor", address: "rachel.okafor@brightpath.example" },
    to: [MARA],
    cc: [],
    sentAt: "2026-06-13T23:40:00+01:00",
    conversationId: "AAQkADUU7tpcBA2IUlA7mw03Eu1PgtpXihqAQixDHEUd8asc+uW=",
    bodyFormat: "text",
    body: `Hi Mara,

Sorry for the late one, it's been a week. The board moved the product launch forward to Wednesday, so I need the following ready by 9am Monday:

1. New homepage hero for the launch
2. Launch landing page (desktop + mobile)
3. 6 LinkedIn ad variants
4. 4 Meta ad variants (square + story)
5. Email header for the launch newsletter
6. Webinar registration page
7. Updated pricing page with the new tiers
8. Slide template for the sales team
9. One-pager PDF for the press kit
10. Social cards for the three customer quotes
11. Case study page refresh with the new logo wall
12. Favicon and app icon in the new colour

I know it's a lot, but it's all fairly standard stuff for you. I need you reachable this weekend, so keep your phone on and check your email tomorrow morning at the latest. I'll send feedback as things come in.

If this can't be done by Monday 9am I'll have to find someone who can. Reply ASAP so I know you've got this!!!

Rachel

--
Rachel Okafor
Marketing Director | Brightpath Analytics
+44 20 7946 0958

On Fri, 12 Jun 2026 at 16:05, Mara Lindqvist <mara@lindqvist-studio.example> wrote:

> Hi Rachel,
>
> Here's the plan for June within the 20 retainer hours:
>
> - Week 24: two LinkedIn ad variants for the webinar
> - Week 25: pricing page update (once the new tiers are final)
> - Week 26: case study page with the new logo wall
>
> That leaves about 4 hours for small requests. I'm offline for the weekend and back on Monday at 9.
>
> Have a good weekend!
> Mara
>
> --
> Mara Lindqvist
> Lindqvist Studio | Brand & web design
`,
    signals: ["capacity.overload", "tone.pressure", "boundary.off_hours"],
    summary: {
      en: "Saturday 23:40: twelve tasks for Monday 9am, “reachable this weekend”, an ultimatum",
      de: "Samstag 23:40: zwölf Aufgaben bis Montag 9 Uhr, „am Wochenende erreichbar“, ein Ultimatum",
    },
  },

  {
    id: "en-rate-increase-pushback",
    language: "en",
    subject: "Re: My rates from 1 July 2026",
    from: { name: "Gareth Pryce", address: "gareth.pryce@harbourside-dental.example" },
    to: [MARA],
    cc: [],
    sentAt: "2026-05-19T11:15:00+01:00",
    conversationId: "AAQkADI2duYIfVx3OChJyCMHMSmmetwULzzQAQH/ziCBm9H1CkwN=",
    bodyFormat: "html",
    body: `${WEB_HEAD}
<body dir="ltr">
<div dir="ltr"><div>Hi Mara,</div><div><br></div><div>Thanks for letting us know about the new rates. I have to be honest, I was surprised. £75 an hour is too high for what is mostly updating banners and the odd leaflet, and we've been loyal clients for three years now. I had a quick look around and there are designers on freelance platforms charging half that.</div><div><br></div><div>Could you keep us on £65? If not, would you do 20% off if we commit to 10 hours a month?</div><div><br></div><div>I'd rather keep working with you than start over with someone new, so I hope we can find something that works.</div><div><br></div><div>Best regards,</div><div>Gareth</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><b>Gareth Pryce</b><br>Operations Manager<br>Harbourside Dental Group<br>029 2018 0463</div></div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Tue, 12 May 2026 at 10:02, Mara Lindqvist &lt;<a href="mailto:mara@lindqvist-studio.example">mara@lindqvist-studio.example</a>&gt; wrote:<br></div>${GMAIL_BLOCKQUOTE}<div dir="ltr"><div>Hi Gareth,</div><div><br></div><div>I hope you and the team are well.</div><div><br></div><div>I'm writing to let you know that from 1 July 2026 my hourly rate will change from £65 to £75. It's the first change in three years, and it reflects the wider range of work I now do for you (print, web and the patient newsletter). Anything booked before 1 July stays at the current rate.</div><div><br></div><div>Thank you for three lovely years of working together. I'm happy to talk it through on a call if that's useful.</div><div><br></div><div>Best,</div><div>Mara</div><div><br></div><div>--</div><div>Mara Lindqvist</div><div>Lindqvist Studio | Brand &amp; web design</div></div>
</blockquote></div>
</body>
</html>
`,
    signals: ["money.price_pushback"],
    summary: {
      en: "Pushback on an announced rate increase: “too high”, asks for 20% off",
      de: "Widerstand gegen die angekündigte Preiserhöhung: „zu teuer“, will 20 % Rabatt",
    },
  },

  {
    id: "en-invoice-got-lost",
    language: "en",
    subject: "RE: Second reminder: INV-2026-031 overdue",
    from: { name: "Brenda Kowalski", address: "brenda@lakeshore-pt.example" },
    to: [MARA],
    cc: [],
    sentAt: "2026-07-08T15:21:00-05:00",
    conversationId: "AAQkADlv6ampnvE7GJyvKka80tP5Sv7dRUnZAQm0YIQeaXMwg5mU=",
    bodyFormat: "text",
    body: `Hi Mara,

So sorry about this! It looks like the invoice got lost somewhere between our inbox and our bookkeeper. Could you resend it?

Also, just a heads-up: accounts payable only does one payment run a month, and July's run was already locked on the 1st, so it will go out with the August run at the end of next month. Hope that's ok!

Thanks so much,
Brenda

Brenda Kowalski
Office Manager
Lakeshore Physical Therapy
(312) 555-0126

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the person or entity to which it is addressed and may contain confidential or protected health information. If you are not the intended recipient, please notify the sender immediately by reply e-mail and destroy all copies of the original message. Any unauthorized review, use, disclosure or distribution is prohibited.

-----Original Message-----
From: Mara Lindqvist <mara@lindqvist-studio.example>
Sent: Monday, July 6, 2026 9:30 AM
To: Brenda Kowalski <brenda@lakeshore-pt.example>
Subject: Second reminder: INV-2026-031 overdue

Hi Brenda,

Invoice INV-2026-031 for the final website payment ($2,400, due June 28) is now 8 days overdue. I've attached it again, together with my bank details.

Could you let me know when I can expect the payment?

Best,
Mara

-----Original Message-----
From: Mara Lindqvist <mara@lindqvist-studio.example>
Sent: Monday, June 29, 2026 10:02 AM
To: Brenda Kowalski <brenda@lakeshore-pt.example>
Subject: Reminder: INV-2026-031

Hi Brenda,

A friendly reminder that INV-2026-031 ($2,400, issued May 29, net 30) was due yesterday. It's probably just slipped through; the invoice is attached again for convenience.

Thanks, and I hope the new booking page is working well for you!

Mara
`,
    signals: ["money.late_payment"],
    summary: {
      en: "“The invoice got lost”, and payment pushed to the end of next month",
      de: "„Die Rechnung ist verloren gegangen“, und Zahlung erst Ende nächsten Monats",
    },
  },

  {
    id: "en-late-feedback-same-launch",
    language: "en",
    subject: "Re: Meadow & Vale: page designs for review",
    from: { name: "Olivia Brandt", address: "olivia@meadowandvale.example" },
    to: [MARA],
    cc: [],
    sentAt: "2026-03-30T10:06:00+01:00",
    conversationId: "AAQkADyaDDI27A0y9SGi9rTFIZe2tYTV9I47AQCfYyUhHGfMjbrK=",
    bodyFormat: "html",
    body: `${APPLE_HEAD}<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">Hi Mara,<div><br></div><div>Finally got round to the designs, sorry! March has been mad with the trade show. Feedback below:</div><div><br></div><div>- Home: can the hero image be the new lavender range instead of the toner?</div><div>- Product page: move the ingredients above the reviews</div><div>- About: my co-founder wants to rewrite our story, she’ll send new copy next week</div><div><br></div><div>We’re still launching on 15 April as we’ve already told our stockists, so hopefully that’s still fine on your side?</div><div><br></div><div>Olivia x</div><div><br></div><div>--</div><div>Olivia Brandt<br>Founder, Meadow &amp; Vale<br>07700 900562</div><div><br><blockquote type="cite"><div>On 6 Mar 2026, at 14:22, Mara Lindqvist &lt;mara@lindqvist-studio.example&gt; wrote:</div><br class="Apple-interchange-newline"><div><div>Hi Olivia,</div><div><br></div><div>Attached are the designs for the Home, Product and About pages, desktop and mobile.</div><div><br></div><div>To keep the launch on Wednesday 15 April, I need your consolidated feedback by Friday 13 March. If it arrives later, the launch moves back by the same number of days, because development can only start once the designs are signed off.</div><div><br></div><div>Looking forward to hearing what you think!</div><div><br></div><div>Mara</div><div><br></div><div>Mara Lindqvist</div><div>Lindqvist Studio | Brand &amp; web design</div></div></blockquote></div><br></body></html>
`,
    signals: ["reliability.late_feedback"],
    summary: {
      en: "Feedback two and a half weeks late, launch date expected to hold",
      de: "Feedback zweieinhalb Wochen zu spät, der Launchtermin soll trotzdem halten",
    },
  },

  // The newest message is contemptuous and shouts; the quoted first draft is calm.
  {
    id: "en-hostile-amateur-work",
    language: "en",
    subject: "Re: Listings page, first draft",
    from: { name: "Victor Hale", address: "victor@halepartners.example" },
    to: [MARA],
    cc: [],
    sentAt: "2026-09-17T08:12:00-07:00",
    conversationId: "AAQkADiUBXtUWzBICHxytO2D2M3MchUsNGspAQMc0eQtSQb1V4SZ=",
    bodyFormat: "text",
    body: `Mara,

I just looked at the new listings page and honestly I'm embarrassed I showed it to my partners. This is AMATEUR work. My 14-year-old could have thrown this together in Canva over lunch. I don't know what you think we're paying you for, but it's clearly not design.

DO NOT send me anything else until you've actually looked at a real estate website in your life.

Victor

Victor Hale
Managing Broker | Hale & Partners Realty
(415) 555-0197

On Wed, Sep 16, 2026 at 9:40 AM Mara Lindqvist <mara@lindqvist-studio.example> wrote:

> Hi Victor,
>
> Here's the first draft of the listings page (round 1 of 2). I've followed the wireframe we approved on 2 September: map and filters on the left, large photo cards on the right, and the "Schedule a viewing" button on every card.
>
> I'm looking forward to your feedback, especially on the card layout.
>
> Best,
> Mara
>
> --
> Mara Lindqvist
> Lindqvist Studio | Brand & web design
`,
    signals: ["tone.hostile", "work.dissatisfaction"],
    summary: {
      en: "Contempt and shouting in capitals about a first draft",
      de: "Verachtung und Geschrei in Großbuchstaben über einen ersten Entwurf",
    },
  },

  // The pasted form entry is a spam bot's injection attempt: the playground and the pane
  // must show it as text and never run it.
  {
    id: "en-per-my-last-email-spam-form",
    language: "en",
    subject: "RE: Contact form spam",
    from: { name: "Claire Donnelly", address: "claire@northgatevets.example" },
    to: [MARA],
    cc: [{ name: "Northgate Reception", address: "reception@northgatevets.example" }],
    sentAt: "2026-10-06T09:03:00+01:00",
    conversationId: "AAQkADKvr42ZY87H7x1jLW8rip1snLihna5LAQVuUfHdl4EZ33yh=",
    bodyFormat: "html",
    body: `${WEB_HEAD}
<body dir="ltr">
${OWA_DIV}Hi Mara,</div>
${OWA_DIV}<br></div>
${OWA_DIV}Per my last email (which I'm guessing got buried), the contact form is still letting junk through. As I've already said twice, our reception team spends half the morning deleting these. I would have expected a spam filter to be part of a website in 2026, but maybe that's just me.</div>
${OWA_DIV}<br></div>
${OWA_DIV}This is what came through at 6:12 this morning, pasted straight from the form inbox:</div>
<div style="border:1px solid #d0d0d0;padding:8px;margin:8px 0;font-family:Consolas,monospace;font-size:10pt">
<b>New enquiry from northgatevets.example</b><br>
<b>Name:</b> Best SEO Deals<br>
<b>Email:</b> growth@rank-rocket.example<br>
<b>Pet's name:</b> <script>alert(1)</script><br>
<b>Message:</b> Hello webmaster! <img src=x onerror="alert(1)"> We put your clinic on Google page 1 in 7 days!!! <a href="javascript:alert(document.cookie)">Claim your free audit</a><br>
</div>
${OWA_DIV}Hopefully this won't take a third email.</div>
${OWA_DIV}<br></div>
${OWA_DIV}Claire</div>
${OWA_DIV}<br></div>
<div id="Signature"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 10pt; color: rgb(0, 0, 0);"><b>Claire Donnelly</b><br>Practice Manager<br>Northgate Veterinary Clinic<br>01632 960412</div></div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Claire Donnelly &lt;claire@northgatevets.example&gt;<br>
<b>Sent:</b> Thursday, 1 October 2026 14:17<br>
<b>To:</b> Mara Lindqvist &lt;mara@lindqvist-studio.example&gt;<br>
<b>Subject:</b> RE: Contact form spam</font>
<div>&nbsp;</div>
</div>
<div dir="ltr">
${OWA_DIV}Hi Mara,</div>
${OWA_DIV}<br></div>
${OWA_DIV}Following up on the below. We're now getting 20 or 30 of these a day through the contact form. Is there something you can add to stop them?</div>
${OWA_DIV}<br></div>
${OWA_DIV}Thanks,</div>
${OWA_DIV}Claire</div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Claire Donnelly &lt;claire@northgatevets.example&gt;<br>
<b>Sent:</b> Tuesday, 29 September 2026 10:41<br>
<b>To:</b> Mara Lindqvist &lt;mara@lindqvist-studio.example&gt;<br>
<b>Subject:</b> Contact form spam</font>
<div>&nbsp;</div>
</div>
<div dir="ltr">
${OWA_DIV}Hi Mara,</div>
${OWA_DIV}<br></div>
${OWA_DIV}Quick one: we've started getting a lot of spam through the enquiry form on the new site. Is there a way to filter it?</div>
${OWA_DIV}<br></div>
${OWA_DIV}Many thanks,</div>
${OWA_DIV}Claire</div>
</div>
</div>
</body>
</html>
`,
    signals: ["tone.passive_aggressive", "work.dissatisfaction"],
    summary: {
      en: "“Per my last email” about spam through the contact form. Contains hostile HTML (safety check)",
      de: "„Wie in meiner letzten Mail“ wegen Spam im Kontaktformular. Enthält feindliches HTML (Sicherheitstest)",
    },
  },

  {
    id: "en-colours-off-brand-guide",
    language: "en",
    subject: "Re: Annual report 2025/26, first draft",
    from: { name: "Amelia Grant", address: "amelia.grant@riverbend-trust.example" },
    to: [MARA],
    cc: [],
    sentAt: "2026-11-12T13:40:00+00:00",
    conversationId: "AAQkADvpZ8nmsBuJIeMpVSmqJ7zkaADnzrK7AQZivfinuE/F1ccU=",
    bodyFormat: "html",
    body: `${WEB_HEAD}
<body dir="ltr">
<div dir="ltr"><div>Hi Mara,</div><div><br></div><div>Thanks for sending the first draft of the annual report. I've been through it with our comms committee and we have a few issues:</div><div><br></div><ul><li>The colours don't match our brand guide. Our teal is Pantone 7714 C / #00727A, and the draft uses a much brighter turquoise throughout. The orange accent isn't one of our brand colours at all.</li><li>The logo on the cover is stretched horizontally, and on page 3 it sits inside the exclusion zone.</li><li>The body text is set in Arial; our brand font is Source Sans.</li></ul><div>Page 7 with the impact numbers is great though, the committee loved it.</div><div><br></div><div>I've attached our brand guide again (v4, March 2026) in case the version you have is out of date. Could you send a corrected draft when you can?</div><div><br></div><div>Many thanks,</div><div>Amelia</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Amelia Grant (she/her)<br>Communications Officer<br>Riverbend Community Trust<br>0161 496 0821</div></div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Tue, 10 Nov 2026 at 14:15, Mara Lindqvist &lt;<a href="mailto:mara@lindqvist-studio.example">mara@lindqvist-studio.example</a>&gt; wrote:<br></div>${GMAIL_BLOCKQUOTE}<div dir="ltr"><div>Hi Amelia,</div><div><br></div><div>Please find attached the first draft of the 2025/26 annual report (16 pages). This is round 1 of the two rounds of amendments included in the quote, so please collect the committee's comments in one email.</div><div><br></div><div>Best,</div><div>Mara</div></div>
</blockquote></div>
</body>
</html>
`,
    signals: ["work.dissatisfaction"],
    summary: {
      en: "Factual complaint: colours, logo and font don’t match the brand guide",
      de: "Sachliche Kritik: Farben, Logo und Schrift passen nicht zum Styleguide",
    },
  },

  // Neutral on purpose: "quick turnaround", "budget is approved", "no rush", "send the
  // invoice", "urgent" about the distributor's own customer, and a disclaimer asking to
  // "notify the sender immediately". None of them is a signal.
  {
    id: "en-neutral-quick-turnaround",
    language: "en",
    subject: "FW: ラベル確認 / Label check",
    from: { name: "Sophie Marchetti", address: "sophie.marchetti@kestrel-outdoor.example" },
    to: [MARA],
    cc: [],
    sentAt: "2026-08-21T16:10:00+01:00",
    conversationId: "AAQkADFg9Oo6BZcqClzMA1kUW2KeJWLLxvwQAQOU8qdBvCUZo6Qj=",
    bodyFormat: "html",
    body: `${OUTLOOK_DESKTOP_HEAD}
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hi Mara,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks for the quick turnaround on the packaging labels, the team loved them. And good news: the budget is approved for the autumn catalogue, so we’re happy to go ahead on your quote Q-2026-019. No rush on a start date, anything from mid-September works for us.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Could you also send the invoice for the labels to <a href="mailto:accounts@kestrel-outdoor.example">accounts@kestrel-outdoor.example</a>? They close the month on the 28th.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">For info: our distributor in Japan has an urgent order from one of their department-store customers, so Kenji checked the Japanese label text this morning. His note is below; as far as I can tell he’s happy and only wants to confirm the katakana on the back label can be 8 pt. No action needed unless you spot something odd.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Have a lovely weekend,<o:p></o:p></p>
<p class="MsoNormal">Sophie<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#2F5233">Sophie Marchetti</span></b><span style="font-size:10.0pt"><br>
Brand Manager<br>
Kestrel Outdoor Ltd<br>
+44 20 7946 0321<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender immediately and delete it from your system. Kestrel Outdoor Ltd is registered in England and Wales.<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">From:</span></b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> 山田 健二 &lt;kenji.yamada@kita-boeki.example&gt;
<br>
<b>Sent:</b> 21 August 2026 10:52<br>
<b>To:</b> Sophie Marchetti &lt;sophie.marchetti@kestrel-outdoor.example&gt;<br>
<b>Subject:</b> RE: ラベル確認 / Label check<o:p></o:p></span></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span lang="JA">ソフィーさん<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="JA"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span lang="JA">ラベルのデザインをありがとうございます。とても良いと思います。<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="JA">裏ラベルのカタカナが少し小さいので、8ポイント以上にできるか確認していただけますか。<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="JA">百貨店のお客様から急ぎの注文が入っていますので、来週中に印刷に回したいと考えています。<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="JA"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span lang="JA">よろしくお願いいたします。<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="JA">山田 健二<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="JA">北貿易株式会社<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">From:</span></b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> Sophie Marchetti &lt;sophie.marchetti@kestrel-outdoor.example&gt;
<br>
<b>Sent:</b> 20 August 2026 17:34<br>
<b>To:</b> 山田 健二 &lt;kenji.yamada@kita-boeki.example&gt;<br>
<b>Subject:</b> ラベル確認 / Label check<o:p></o:p></span></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Hi Kenji,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Attached are the final labels for the Trailhead range from our designer, with the Japanese text from your translation team. Could you give them a quick check before we send them to print?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best regards,<o:p></o:p></p>
<p class="MsoNormal">Sophie<o:p></o:p></p>
</div>
</body>
</html>
`,
    signals: [],
    summary: {
      en: "Neutral: thanks, budget approved, “no rush”, send the invoice; forwarded Japanese note and a disclaimer",
      de: "Neutral: Dank, Budget freigegeben, „keine Eile“, Rechnung bitte; weitergeleitete japanische Notiz und Disclaimer",
    },
  },

  // Neutral on top (payment confirmation, a polite change inside round 1 of 2, "no
  // rush"); the quoted message from two weeks earlier is pushy and asks for weekend work.
  {
    id: "en-neutral-payment-sent",
    language: "en",
    subject: "Re: Winter lookbook: first proofs + INV-2026-058",
    from: { name: "Daniel Osei", address: "daniel@maplethread.example" },
    to: [MARA],
    cc: [],
    sentAt: "2026-12-07T10:30:00-05:00",
    conversationId: "AAQkADnF7RBOMtDFaoepNpK733WfJjMYRmkAQ5kT/KT+wHvkNCW=",
    bodyFormat: "text",
    body: `Hi Mara,

Just confirming we paid INV-2026-058 this morning by bank transfer (CA$1,850), so it should land in a day or two.

On the lookbook proofs (round 1 of 2): we love the cover 😍 Two small changes, if possible:
- could page 5 use the plaid shot instead of the denim one?
- the price list on page 12 should say "from $89" rather than "$89"

Everything else is good to go. No rush, the printer doesn't need files until the 18th.

Happy holidays! 🎄
Daniel

--
Daniel Osei
Co-founder, Maple & Thread
maplethread.example

On Wed, Dec 2, 2026 at 11:14 AM Mara Lindqvist <mara@lindqvist-studio.example> wrote:

> Hi Daniel,
>
> As planned, here are the first proofs of the winter lookbook (16 pages). This is round 1 of the 2 rounds of changes included, so please send all comments together.
>
> Also attached: INV-2026-058 for the first half of the project, due within 14 days.
>
> Best,
> Mara
>
> On Fri, Nov 27, 2026 at 9:02 PM Daniel Osei <daniel@maplethread.example> wrote:
>
>> Mara, we need the proofs by Wednesday at the latest, the printer is breathing down my neck!!! Any chance you can work on them over the weekend and send something Sunday night?
>>
>> Daniel
`,
    signals: [],
    summary: {
      en: "Neutral: payment confirmation and a polite change within the agreed rounds (pushy history below)",
      de: "Neutral: Zahlungsbestätigung und eine höfliche Änderung im vereinbarten Rahmen (drängelnder Verlauf darunter)",
    },
  },

  // ───────────────────────────── Deutsch ─────────────────────────────
  {
    id: "de-noch-schnell-produkttexte",
    language: "de",
    subject: "Re: Produkttexte E-Bike-Serie",
    from: { name: "Lena Hoffmann", address: "lena@radwerk-berlin.example" },
    to: [JONAS],
    cc: [],
    sentAt: "2026-02-10T09:41:00+01:00",
    conversationId: "AAQkADbRUJR3YsjH5A0Lj8fJfL9sD1YOQp8XAQVbykJkDFiwVtxw=",
    bodyFormat: "text",
    body: `Hey Jonas,

die Texte sind super geworden, das ganze Team feiert sie! 🙌 Vor allem der fürs Lastenrad, genau unser Ton.

Könntest du noch schnell über die restlichen 40 Produktseiten im Shop drüberschauen und die ein bisschen aufhübschen? Und wenn du eh gerade drin bist: Wir bräuchten auch noch einen Newsletter zum Launch und zwei, drei Insta-Captions. Ist ja eigentlich nur Kleinkram, du kennst die Räder ja jetzt 😊

Launch ist am 1. März, also eigentlich entspannt.

Danke dir und liebe Grüße
Lena

--
Lena Hoffmann
Marketing & Community
Radwerk Berlin GmbH
Tel. 030 23125 774

Am Mo., 9. Feb. 2026 um 17:03 Uhr schrieb Jonas Becker <jonas@becker-text.example>:

> Hallo Lena,
>
> anbei die 20 Produkttexte für die neue E-Bike-Serie, wie besprochen je ca. 150 Wörter, mit den SEO-Keywords aus eurer Liste.
>
> Die Rechnung (Nr. 2026-007, 20 Texte à 45 €) schicke ich dir separat.
>
> Viele Grüße
> Jonas
>
> --
> Jonas Becker
> Text & Konzeption
> becker-text.example
`,
    signals: ["scope.creep"],
    summary: {
      en: "“Could you quickly…”: 40 more product pages and a newsletter as “small stuff”",
      de: "„Könntest du noch schnell …“: 40 weitere Produktseiten und ein Newsletter als „Kleinkram“",
    },
  },

  {
    id: "de-probetext-als-gefallen",
    language: "de",
    subject: "AW: Anfrage Website-Texte",
    from: { name: "Stefanie Brandl", address: "s.brandl@hellmann-haustechnik.example" },
    to: [JONAS],
    cc: [{ name: "Thomas Hellmann", address: "t.hellmann@hellmann-haustechnik.example" }],
    sentAt: "2026-03-18T11:20:00+01:00",
    conversationId: "AAQkADB11Ncivjmmf47eRNKYRaNekFdZC78NAQ1Koig/RxZvAJPr=",
    bodyFormat: "html",
    body: `${OUTLOOK_DESKTOP_HEAD}
<body lang="DE" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrter Herr Becker,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">vielen Dank für Ihr Angebot vom Montag und das nette Telefonat.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bevor wir den Auftrag vergeben, bitten wir alle Texter in der engeren Auswahl um einen Probetext, konkret die neue Startseite (ca. 800 Wörter) auf Basis des beigefügten Briefings. Ein Honorar ist dafür nicht vorgesehen, das ist bei uns so üblich. Wenn der Text überzeugt, verwenden wir ihn natürlich direkt.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Außerdem hätte unsere Geschäftsführung gern einen kurzen Claim für die neue Fahrzeugbeschriftung. Den übernehmen Sie doch sicher als kleinen Gefallen mit, das sind ja nur ein paar Wörter.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Wir freuen uns auf Ihren Text bis Freitag, 27. März.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Stefanie Brandl<o:p></o:p></p>
<p class="MsoNormal">Leitung Marketing<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F4E79">Hellmann Haustechnik GmbH</span></b><span style="font-size:10.0pt"><br>
Heizung · Sanitär · Klima<br>
Telefon: +49 69 90009 213<br>
<a href="https://www.hellmann-haustechnik.example/">www.hellmann-haustechnik.example</a><br>
Geschäftsführer: Thomas Hellmann · Sitz der Gesellschaft: Frankfurt am Main<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">Von:</span></b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> Jonas Becker &lt;jonas@becker-text.example&gt;
<br>
<b>Gesendet:</b> Montag, 16. März 2026 15:47<br>
<b>An:</b> Stefanie Brandl &lt;s.brandl@hellmann-haustechnik.example&gt;<br>
<b>Betreff:</b> AW: Anfrage Website-Texte<o:p></o:p></span></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Sehr geehrte Frau Brandl,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">vielen Dank für Ihre Anfrage und das freundliche Gespräch. Anbei mein Angebot für die Texte Ihrer neuen Website (Startseite, sechs Leistungsseiten, Über uns, Karriere): 3.850 € zzgl. USt., inklusive zwei Korrekturschleifen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Arbeitsproben aus dem Bereich Handwerk und Technik finden Sie in meinem Portfolio; gern schicke ich Ihnen auch Referenzen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal">Jonas Becker<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">Von:</span></b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> Stefanie Brandl &lt;s.brandl@hellmann-haustechnik.example&gt;
<br>
<b>Gesendet:</b> Donnerstag, 12. März 2026 09:14<br>
<b>An:</b> Jonas Becker &lt;jonas@becker-text.example&gt;<br>
<b>Betreff:</b> Anfrage Website-Texte<o:p></o:p></span></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Sehr geehrter Herr Becker,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">wir überarbeiten unsere Website und suchen Unterstützung für die Texte. Hätten Sie diese Woche Zeit für ein kurzes Telefonat?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal">Stefanie Brandl<o:p></o:p></p>
</div>
</body>
</html>
`,
    signals: ["scope.free_work"],
    summary: {
      en: "Unpaid test text “as usual here”, and a slogan “as a small favour”",
      de: "Unbezahlter Probetext „wie bei uns üblich“ und ein Claim „als kleiner Gefallen“",
    },
  },

  // Swiss client: Swiss spelling (ss for ß) and Swiss salutation without a comma.
  {
    id: "de-wie-bereits-mehrfach-erwaehnt",
    language: "de",
    subject: "AW: Kurzfassungen Website",
    from: { name: "Reto Ammann", address: "reto.ammann@bergblick-reisen.example" },
    to: [JONAS],
    cc: [],
    sentAt: "2026-04-23T08:55:00+02:00",
    conversationId: "AAQkADu3rXkRYqiLVYSu7Nzks7PyQMUPIHRYAQYo+dcPE1keY06o=",
    bodyFormat: "text",
    body: `Guten Tag Herr Becker

Wie bereits mehrfach erwähnt, benötigen wir die Kurzfassungen für die Website mit maximal 300 Zeichen, nicht 300 Wörter. Ich hatte das im Briefing, im Call vom 14. April und in meiner Mail vom 17. April geschrieben. Aber schön, dass Sie nochmals nachfragen.

Ehrlich gesagt hätte ich von jemandem mit Ihrer Erfahrung etwas mehr Aufmerksamkeit fürs Detail erwartet. Massgeblich ist das Briefing vom 2. April, vielleicht lesen Sie es einfach noch einmal in Ruhe durch.

Freundliche Grüsse

Reto Ammann
Leiter Kommunikation
Bergblick Reisen AG
Zürich

-----Ursprüngliche Nachricht-----
Von: Jonas Becker <jonas@becker-text.example>
Gesendet: Dienstag, 21. April 2026 16:10
An: Reto Ammann <reto.ammann@bergblick-reisen.example>
Betreff: AW: Kurzfassungen Website

Hallo Herr Ammann,

kurze Rückfrage, bevor ich loslege: Sollen die Kurzfassungen für die Website ca. 300 Wörter lang sein, also etwa halb so lang wie die Katalogtexte, oder deutlich kürzer? In Ihrer Mail steht nur "(300)".

Viele Grüße
Jonas Becker

-----Ursprüngliche Nachricht-----
Von: Reto Ammann <reto.ammann@bergblick-reisen.example>
Gesendet: Freitag, 17. April 2026 11:32
An: Jonas Becker <jonas@becker-text.example>
Betreff: Kurzfassungen Website

Guten Tag Herr Becker

Wie besprochen brauchen wir für die Website zu jeder der 14 Touren eine Kurzfassung (300). Die Katalogtexte bleiben wie geliefert.

Freundliche Grüsse
Reto Ammann
`,
    signals: ["tone.passive_aggressive"],
    summary: {
      en: "Swiss client: “as already mentioned several times”, veiled reproach",
      de: "Schweizer Kunde: „wie bereits mehrfach erwähnt“, verdeckter Vorwurf",
    },
  },

  {
    id: "de-zurueck-zu-version-2",
    language: "de",
    subject: "Re: Claim und Über-uns-Text, Version 5",
    from: { name: "Mats Petersen", address: "mats@elbkante-roesterei.example" },
    to: [JONAS],
    cc: [{ name: "Frauke Petersen", address: "frauke@elbkante-roesterei.example" }],
    sentAt: "2026-05-04T14:12:00+02:00",
    conversationId: "AAQkADZSqco9I2jxvs6CBDh8kyaHrPRxzaPxAQOCgwTJUrSHeHQ5=",
    bodyFormat: "html",
    body: `${WEB_HEAD}
<body dir="ltr">
<div dir="ltr"><div>Moin Jonas,</div><div><br></div><div>danke für Version 5! Wir haben am Wochenende nochmal alles in der Runde gelesen und ehrlich gesagt: Können wir beim Claim doch wieder zurück zu Version 2? „Geröstet, wo der Wind wohnt“ fanden am Ende doch alle am stärksten.</div><div><br></div><div>Den Über-uns-Text dann bitte wieder eher wie in Version 3, nur lockerer. Und Frauke hätte gern den Teil mit Opa und dem ersten Röster wieder drin, den wir in Version 4 rausgenommen hatten.</div><div><br></div><div>Ich weiß, die zwei Korrekturschleifen sind eigentlich durch, aber eine letzte Runde noch, dann haben wir's wirklich. Versprochen!</div><div><br></div><div>Beste Grüße aus Ottensen</div><div>Mats</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Mats Petersen<br>Rösterei Elbkante<br>040 66969 218<br><a href="https://elbkante-roesterei.example/">elbkante-roesterei.example</a></div></div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">Am Do., 30. Apr. 2026 um 10:26 Uhr schrieb Jonas Becker &lt;<a href="mailto:jonas@becker-text.example">jonas@becker-text.example</a>&gt;:<br></div>${GMAIL_BLOCKQUOTE}<div dir="ltr"><div>Hallo Mats,</div><div><br></div><div>anbei Version 5 mit Claim und Über-uns-Text, mit euren Anmerkungen vom Dienstag.</div><div><br></div><div>Kurzer Hinweis: Damit sind die zwei vereinbarten Korrekturschleifen und die Extrarunde von letzter Woche abgeschlossen. Weitere Änderungen rechne ich gern nach Aufwand ab (85 € pro Stunde).</div><div><br></div><div>Viele Grüße</div><div>Jonas</div></div>
</blockquote></div>
</body>
</html>
`,
    signals: ["scope.revisions"],
    summary: {
      en: "“Back to version 2 after all”, one more round after the included ones",
      de: "„Doch wieder zurück zu Version 2“, noch eine Runde nach den vereinbarten",
    },
  },

  // Austrian client: "heuer", "Jänner".
  {
    id: "de-rabatt-stundensatz-wien",
    language: "de",
    subject: "AW: Angebot Website-Texte Donaublick Hotels",
    from: { name: "Sabine Wallner", address: "s.wallner@donaublick-hotels.example" },
    to: [JONAS],
    cc: [],
    sentAt: "2026-06-02T10:05:00+02:00",
    conversationId: "AAQkAD3m9m4s93J21kgptQkpwPqj4mAazHxOAQiQpDs5gOdRzyj2=",
    bodyFormat: "text",
    body: `Sehr geehrter Herr Becker,

danke für Ihr Angebot vom 28. Mai. Inhaltlich passt alles, nur beim Preis müssen wir leider nachverhandeln. 95 € pro Stunde sind für uns deutlich zu hoch. Wir arbeiten sonst mit Agenturen aus Wien, die um einiges günstiger sind, und eine Texterin hat uns kürzlich 55 € angeboten.

Könnten Sie uns beim Gesamtpreis mit einem Rabatt von 25 % entgegenkommen? Wir würden Sie dafür auch gerne weiterempfehlen und auf unserer Website als Texter nennen.

Heuer ist unser Budget leider sehr knapp, da wir im Jänner das Haus in Krems übernommen haben.

Mit freundlichen Grüßen
Sabine Wallner

Mag. Sabine Wallner
Marketingleitung
Donaublick Hotels GmbH
Wien

Von: Jonas Becker <jonas@becker-text.example>
Gesendet: Donnerstag, 28. Mai 2026 14:20
An: Sabine Wallner <s.wallner@donaublick-hotels.example>
Betreff: Angebot Website-Texte Donaublick Hotels

Sehr geehrte Frau Wallner,

vielen Dank für das gute Gespräch am Dienstag. Wie besprochen anbei mein Angebot für die neuen Website-Texte:

- Startseite und drei Hotelseiten
- 24 Zimmerbeschreibungen
- Über uns

Geschätzter Aufwand: 44 Stunden à 95 €, also 4.180 € netto, inklusive zwei Korrekturschleifen. Start wäre ab dem 15. Juni möglich.

Mit freundlichen Grüßen
Jonas Becker
`,
    signals: ["money.price_pushback", "scope.free_work"],
    summary: {
      en: "Austrian hotel group: rate “much too high”, asks for 25% off in return for a recommendation",
      de: "Österreichische Hotelgruppe: Stundensatz „deutlich zu hoch“, will 25 % Rabatt gegen eine Weiterempfehlung",
    },
  },

  {
    id: "de-zahlen-wenn-kunde-zahlt",
    language: "de",
    subject: "Re: Rechnung 2026-041",
    from: { name: "Kai Schröder", address: "kai@nordlicht-agentur.example" },
    to: [JONAS],
    cc: [],
    sentAt: "2026-07-17T12:48:00+02:00",
    conversationId: "AAQkADJrzzNXQbtXZHahrK9K5KFmfPsCEepWAQx4Bn+Sf31SnYMs=",
    bodyFormat: "html",
    body: `${APPLE_HEAD}<body dir="auto"><div dir="ltr">Hi Jonas,</div><div dir="ltr"><br></div><div dir="ltr">sorry, bin grad nur am Handy. Wegen der Rechnung 2026-041: Wir zahlen erst, wenn unser Kunde uns bezahlt hat, das ist bei Agenturprojekten so üblich. Der hängt gerade selbst hinterher, ich rechne mit Ende August, vielleicht September. Sobald das Geld da ist, überweisen wir sofort.</div><div dir="ltr"><br></div><div dir="ltr">Mach dir keinen Kopf, du kriegst dein Geld!</div><div dir="ltr"><br></div><div dir="ltr">LG Kai<br><br><div dir="ltr">Von meinem iPhone gesendet</div><div dir="ltr"><br><blockquote type="cite">Am 15.07.2026 um 09:12 schrieb Jonas Becker &lt;jonas@becker-text.example&gt;:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr"><div>Hallo Kai,</div><div><br></div><div>meine Rechnung 2026-041 über 2.380 € für die Kampagnentexte (Kunde Hafenwerft) war am 30. Juni fällig. Laut unserem Rahmenvertrag gilt ein Zahlungsziel von 14 Tagen ab Rechnungsdatum, unabhängig davon, wann euer Kunde zahlt.</div><div><br></div><div>Kannst du bitte kurz prüfen, wann die Überweisung rausgeht? Danke!</div><div><br></div><div>Viele Grüße</div><div>Jonas</div></div></blockquote></div></body></html>
`,
    signals: ["money.late_payment"],
    summary: {
      en: "Agency: “we only pay once our client has paid us”",
      de: "Agentur: „Wir zahlen erst, wenn unser Kunde zahlt“",
    },
  },

  {
    id: "de-feedback-spaet-ton-falsch",
    language: "de",
    subject: "AW: Texte Karriereseite, erste Fassung",
    from: { name: "Claudia Reinhardt", address: "c.reinhardt@sonnenfeld-pflege.example" },
    to: [JONAS],
    cc: [{ name: "Martin Öztürk", address: "m.oeztuerk@sonnenfeld-pflege.example" }],
    sentAt: "2026-05-27T16:30:00+02:00",
    conversationId: "AAQkADA2i2IUA9FkZxWzrm0swcbeDUIXBAsEAQ7KY82qPBt6Tm0Y=",
    bodyFormat: "html",
    body: `${OUTLOOK_DESKTOP_HEAD}
<body lang="DE" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrter Herr Becker,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">entschuldigen Sie die späte Rückmeldung, die Abstimmung mit dem Betriebsrat und der Pflegedienstleitung hat länger gedauert als gedacht. Anbei nun unser gesammeltes Feedback zu den Texten für die Karriereseite.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Insgesamt trifft der Text leider nicht unseren Ton. Er ist uns zu werblich und zu glatt: Formulierungen wie „Starte jetzt durch!“ oder „Werde Teil unserer Pflegefamilie“ passen nicht zu unseren Pflegekräften, von denen viele seit zwanzig Jahren bei uns sind. Außerdem fehlen in den Abschnitten zu Gehalt und Dienstplan die Fakten aus unserem Tarifblatt.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Der Go-live am 1. Juni steht, das ist mit der Geschäftsführung und der Anzeige in der Fachpresse fest vereinbart. Können Sie uns die überarbeitete Fassung bis Freitag schicken?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Claudia Reinhardt<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:10.0pt">Personalmarketing<br>
Sonnenfeld Pflege gGmbH<br>
Telefon: 0221 4710 336<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">Von:</span></b><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> Jonas Becker &lt;jonas@becker-text.example&gt;
<br>
<b>Gesendet:</b> Donnerstag, 30. April 2026 10:15<br>
<b>An:</b> Claudia Reinhardt &lt;c.reinhardt@sonnenfeld-pflege.example&gt;<br>
<b>Betreff:</b> Texte Karriereseite, erste Fassung<o:p></o:p></span></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Sehr geehrte Frau Reinhardt,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">anbei die erste Fassung der Texte für Ihre Karriereseite: Einstieg, fünf Stellenprofile, „Arbeiten bei Sonnenfeld“ und FAQ.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Damit der Go-live am 1. Juni klappt, brauche ich Ihr gesammeltes Feedback bis Freitag, 8. Mai. Kommt es später, verschiebt sich der Go-live entsprechend, da die Agentur die Texte eine Woche vor dem Start einpflegen muss.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal">Jonas Becker<o:p></o:p></p>
</div>
</body>
</html>
`,
    signals: ["reliability.late_feedback", "work.dissatisfaction"],
    summary: {
      en: "Feedback almost three weeks late, “doesn’t match our tone”, go-live date unchanged",
      de: "Feedback fast drei Wochen zu spät, „trifft unseren Ton nicht“, Go-live bleibt",
    },
  },

  {
    id: "de-freitag-neun-aufgaben",
    language: "de",
    subject: "Herbstkampagne: noch ein paar Texte bis Montag",
    from: { name: "Sven Albrecht", address: "sven@kochwerk-app.example" },
    to: [JONAS],
    cc: [],
    sentAt: "2026-08-14T16:47:00+02:00",
    conversationId: "AAQkADzoErviGhq1jBBwDLRvV8tbnfAF2WceAQYqm2RHsrY+QedE=",
    bodyFormat: "text",
    body: `Hi Jonas,

kurz vorm Wochenende noch was Größeres: Wir launchen am Dienstag die Herbstkampagne und haben intern festgestellt, dass noch einiges an Text fehlt. Bis Montag früh bräuchten wir:

- 4 Blogartikel (je ca. 1.200 Wörter, Themen im Anhang)
- 12 Rezept-Intros
- Landingpage für die Kampagne
- Newsletter an die Bestandsnutzer
- 3 Push-Notifications
- neue App-Store-Beschreibung
- 10 Social-Posts für Instagram und LinkedIn
- FAQ-Seite (ca. 15 Fragen)
- Pressemitteilung

Ich weiß, ist sportlich 😅 aber du bist ja schnell. Ich bin das ganze Wochenende online und schick dir Feedback, sobald was reinkommt. Wäre super, wenn du Samstag und Sonntag erreichbar bist, falls wir kurzfristig was umwerfen. Ruf mich einfach an, gern auch abends.

Danke dir!
Sven

--
Sven Albrecht
Head of Content | Kochwerk
089 99998 142

Am Mo., 3. Aug. 2026 um 09:30 Uhr schrieb Jonas Becker <jonas@becker-text.example>:

> Hi Sven,
>
> hier wie besprochen die Themenplanung für August: die vier Blogartikel aus unserem Paket (4 Artikel pro Monat), Lieferung jeweils donnerstags.
>
> Kurze Info vorab: Vom 24. bis 28. August bin ich im Urlaub.
>
> Viele Grüße
> Jonas
`,
    signals: ["capacity.overload", "boundary.off_hours"],
    summary: {
      en: "Friday afternoon: nine deliverables for Monday, “reachable on Saturday and Sunday”",
      de: "Freitagnachmittag: neun Aufgaben bis Montag, „Samstag und Sonntag erreichbar“",
    },
  },

  {
    id: "de-anfaengerniveau-ultimatum",
    language: "de",
    subject: "AW: Texte Imagebroschüre, erste Fassung",
    from: { name: "Bernd Kessler", address: "b.kessler@kessler-fenster.example" },
    to: [JONAS],
    cc: [],
    sentAt: "2026-09-28T07:32:00+02:00",
    conversationId: "AAQkAD32Rm6dZN9NGnQm511eLXpYTmyyWA4vAQGv4QKUEI+7oImy=",
    bodyFormat: "text",
    body: `Herr Becker,

ich habe mir Ihre Texte am Wochenende angesehen. Ehrlich: DAS IST ANFÄNGERNIVEAU. Dafür zahle ich Ihnen 2.400 Euro? Mein Azubi schreibt bessere Texte, und der hatte eine Vier in Deutsch. Ich frage mich langsam, ob Sie überhaupt wissen, was ein Fenster ist.

Ich erwarte bis morgen, 12 Uhr, eine komplett neue Fassung. Wenn die nicht kommt, sind wir fertig miteinander, und ich sorge dafür, dass das in der Branche jeder erfährt.

B. Kessler

Bernd Kessler
Geschäftsführer
Kessler Fenster & Türen GmbH
Tel. 069 90009 587

________________________________
Von: Jonas Becker <jonas@becker-text.example>
Gesendet: Freitag, 25. September 2026 15:05
An: Bernd Kessler <b.kessler@kessler-fenster.example>
Betreff: Texte Imagebroschüre, erste Fassung

Guten Tag Herr Kessler,

anbei die erste Fassung der Texte für Ihre Imagebroschüre (12 Seiten), aufgebaut wie im Workshop besprochen: Firmengeschichte, Leistungen, Referenzen, Team.

Wie vereinbart sind zwei Korrekturschleifen enthalten. Ich freue mich auf Ihr Feedback bis zum 2. Oktober.

Mit freundlichen Grüßen
Jonas Becker
`,
    signals: ["tone.hostile", "tone.pressure"],
    summary: {
      en: "Shouting, contempt and a threat, with a 24-hour ultimatum",
      de: "Geschrei, Herablassung und eine Drohung, dazu ein 24-Stunden-Ultimatum",
    },
  },

  // Neutral on top: payment confirmation, "schnelle Lieferung", "Budget freigegeben",
  // "kein Stress", "Rechnung schicken". The quoted client message from two weeks earlier
  // ("wir zahlen die Rechnung erst nächsten Monat") is the late payment it now settles.
  {
    id: "de-neutral-zahlung-raus",
    language: "de",
    subject: "Re: Rechnung 2026-052",
    from: { name: "Miriam Yilmaz", address: "miriam@kiezkind.example" },
    to: [JONAS],
    cc: [],
    sentAt: "2026-10-20T10:14:00+02:00",
    conversationId: "AAQkADd6O4fmbM1taw1yrP9zLPxxuimNXipvAQ9uTSZnF82gLTsJ=",
    bodyFormat: "html",
    body: `${WEB_HEAD}
<body dir="ltr">
<div dir="ltr"><div>Hallo Jonas,</div><div><br></div><div>kurze Rückmeldung: Die Zahlung für die Rechnung 2026-052 ist heute Morgen raus (1.190 €), sollte also morgen oder übermorgen bei dir sein. Sorry nochmal, dass es so lange gedauert hat.</div><div><br></div><div>Und danke für die schnelle Lieferung der Weihnachtstexte, die sind richtig schön geworden! Das Budget für den Katalog 2027 ist übrigens freigegeben, ich melde mich dazu im November. Kein Stress mit dem Angebot, Anfang Dezember reicht völlig.</div><div><br></div><div>Kannst du mir die Rechnung für die Weihnachtstexte auch gleich schicken? Dann geht sie mit dem nächsten Zahlungslauf raus.</div><div><br></div><div>Viele Grüße</div><div>Miriam</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Miriam Yilmaz<br>Kiezkind Spielwaren, Leipzig<br><a href="https://kiezkind.example/">kiezkind.example</a></div></div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">Am Mo., 19. Okt. 2026 um 09:05 Uhr schrieb Jonas Becker &lt;<a href="mailto:jonas@becker-text.example">jonas@becker-text.example</a>&gt;:<br></div>${GMAIL_BLOCKQUOTE}<div dir="ltr"><div>Hallo Miriam,</div><div><br></div><div>ich hoffe, bei euch ist alles gut. Die Rechnung 2026-052 über 1.190 € vom 31. August ist inzwischen seit fünf Wochen fällig. Kannst du mir sagen, wann ich mit der Zahlung rechnen kann?</div><div><br></div><div>Viele Grüße</div><div>Jonas</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mo., 5. Okt. 2026 um 18:22 Uhr schrieb Miriam Yilmaz &lt;<a href="mailto:miriam@kiezkind.example">miriam@kiezkind.example</a>&gt;:<br></div>${GMAIL_BLOCKQUOTE}<div dir="ltr"><div>Hi Jonas,</div><div><br></div><div>wir zahlen die Rechnung erst nächsten Monat, gerade ist es bei uns echt knapp, das Weihnachtsgeschäft kommt ja erst noch. Du kennst das ja 😉</div><div><br></div><div>Miriam</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mo., 31. Aug. 2026 um 16:40 Uhr schrieb Jonas Becker &lt;<a href="mailto:jonas@becker-text.example">jonas@becker-text.example</a>&gt;:<br></div>${GMAIL_BLOCKQUOTE}<div dir="ltr"><div>Hallo Miriam,</div><div><br></div><div>anbei die Rechnung 2026-052 für die Texte zum Herbstsortiment (1.190 €, zahlbar innerhalb von 14 Tagen).</div><div><br></div><div>Viele Grüße</div><div>Jonas</div></div>
</blockquote></div>
</blockquote></div>
</blockquote></div>
</body>
</html>
`,
    signals: [],
    summary: {
      en: "Neutral: payment confirmation, thanks and “no stress” (the quoted history holds the late payment)",
      de: "Neutral: Zahlungsbestätigung, Dank und „kein Stress“ (der Verlauf enthält die verspätete Zahlung)",
    },
  },
  // The same client as "en-scope-creep-menu-boards", two days later: the playground's
  // reminder for a flagged sender shows on this one.
  {
    id: "en-follow-up-menu-boards",
    language: "en",
    subject: "Menu boards??",
    from: { name: "Priya Natarajan", address: "priya@fernhillbakery.example" },
    to: [MARA],
    cc: [],
    sentAt: "2026-01-23T08:05:00+00:00",
    conversationId: "AAQkADJDaRYmulrslIr9GVSRG6p1LhJX1y61AQjwRlXaV6UIUd2H=",
    bodyFormat: "text",
    body: `Hi Mara,

Any news on the menu boards?? The printer needs the files by Monday and I haven't heard back.

Priya

Sent from my iPhone`,
    signals: ["tone.pressure"],
    summary: {
      en: "The same client chasing two days later (flag her first)",
      de: "Dieselbe Kundin hakt zwei Tage später nach (erst markieren)",
    },
  },
];
