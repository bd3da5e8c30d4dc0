import type { DocumentFileInput } from "../../src/schema";

const D = "000_9881232623497d4d";

const cTitle = { document: D, start: 0, end: 51, claim: "The article asks whether Azerbaijan and Tajikistan are trying to form a strategic alliance", figures: [] };
const cAliyevConf = {
  document: D,
  start: 561,
  end: 723,
  claim: "Azerbaijani President Ilham Aliyev spoke 'last year' at the 4th international conference on the geopolitics of Greater Eurasia in Shusha",
  figures: ["الرابع"],
};
const cDiplo = { document: D, start: 1547, end: 1601, claim: "Azerbaijan and Tajikistan began diplomatic relations in 1992 after independence", figures: ["1992"] };
const cAzEmbassy = { document: D, start: 1603, end: 1686, claim: "Azerbaijan's embassy in Dushanbe, Tajikistan's capital, was set up in October 2006", figures: ["2006"] };
const cTjEmbassy = { document: D, start: 1688, end: 1771, claim: "Tajikistan's embassy in Baku was established and began official work in 2007, about a year later", figures: ["2007"] };
const cForum = {
  document: D,
  start: 2273,
  end: 2384,
  claim: "Agreements worth more than $700 million were concluded on the sidelines of the Azerbaijan–Tajikistan business forum",
  figures: ["700"],
};
const cForumUrl = {
  document: D,
  start: 4826,
  end: 4974,
  claim: "The cited APA source reports that contracts signed at the business forum in Baku with Emomali Rahmon exceeded $700 million",
  figures: ["700"],
};
const cVisitsDushanbe = { document: D, start: 2388, end: 2483, claim: "The Azerbaijani president visited Dushanbe twice in the past year and Tajikistan six times in total", figures: ["مرتين", "6"] };
const cTjVisit = { document: D, start: 2499, end: 2559, claim: "The president of Tajikistan paid an official visit to Baku 'last week'", figures: [] };
const cSoviet = {
  document: D,
  start: 903,
  end: 1120,
  claim: "Tajikistan and Azerbaijan were allied republics in the Soviet Union; their ties date back to the 1920s and 1930s",
  figures: ["العشرينيات", "الثلاثينيات"],
};
const cTeachers = { document: D, start: 1124, end: 1239, claim: "Azerbaijani teachers were assigned to Tajikistan to reduce illiteracy and raise general knowledge", figures: [] };
const cCorridor = {
  document: D,
  start: 2766,
  end: 3054,
  claim: "Joint Caspian transport projects and boosting the Middle Corridor (China–Central Asia–Caucasus–Europe) are a main axis of AZ–TJ ties",
  figures: [],
};
const cCaspian = { document: D, start: 2879, end: 2922, claim: "Implementing joint transport projects in the Caspian Sea is a main axis of Azerbaijan–Tajikistan cooperation", figures: [] };
const cMiddle = { document: D, start: 2924, end: 3054, claim: "The two countries cooperate to raise the capacity of the Middle Corridor, a transit route from China via Central Asia and the Caucasus to Europe", figures: [] };
const cFreeZones = {
  document: D,
  start: 3377,
  end: 3632,
  claim: "Tourism, education, technology and joint industrial enterprises in free economic zones were covered by many AZ–TJ agreements in recent years",
  figures: [],
};
const cEnergy = {
  document: D,
  start: 3055,
  end: 3377,
  claim: "Azerbaijan exports energy, oil and some natural resources and raw materials to Central Asia, and Baku seeks a role supplying these states with energy",
  figures: [],
};
const cUrl2 = {
  document: D,
  start: 4598,
  end: 4719,
  claim: "A cited azerbaijan-news.az source URL ends in the Unix timestamp 1716682102 (26 May 2024)",
  figures: ["1716682102"],
};

const cAliyevForecast = {
  document: D,
  start: 725,
  end: 898,
  claim: "At the Shusha conference Aliyev said he believes Central Asia and Azerbaijan will become closer and more integrated in the future",
  figures: [],
};
const cExpertsForecast = {
  document: D,
  start: 4160,
  end: 4545,
  claim: "Per many experts AZ–TJ relations will stay at their current level, and a strategic alliance is unlikely in the short term",
  figures: [],
};

export default {
  document: {
    id: D,
    title: {
      en: "Are Azerbaijan and Tajikistan trying to build a strategic alliance?",
      ar: "هل تحاول أذربيجان وطاجيكستان إقامة تحالف استراتيجي؟",
    },
    publisher: null,
    publishedOn: null,
    publishedOnNote:
      "Not stated in the article. It refers to the Tajik president's visit to Baku 'last week' (الأسبوع الماضي) and Aliyev's Shusha conference speech 'last year'; a cited source URL ends in Unix timestamp 1716682102 (2024-05-26), suggesting publication around late May 2024 or later, but no date is stated, so publishedOn is null.",
    author: null,
    sources: [cTitle, cUrl2],
  },
  countries: [
    {
      code: "AZ",
      spellings: ["أذربيجان", "جمهورية أذربيجان"],
      sources: [{ document: D, start: 52, end: 293, claim: "Central Asian states and Azerbaijan have sought closer ties and strategic alliances for over twenty years", figures: ["عشرين"] }],
    },
    {
      code: "TJ",
      spellings: ["طاجيكستان", "جمهورية طاجيكستان"],
      sources: [cAzEmbassy],
    },
    {
      code: "CN",
      spellings: ["الصين"],
      sources: [cMiddle],
    },
  ],
  people: [
    {
      id: "ilham-aliyev",
      name: { en: "Ilham Aliyev", ar: "إلهام علييف" },
      aliases: [],
      roles: [
        {
          kind: "HEAD_OF_STATE",
          title: { en: "President of Azerbaijan", ar: "رئيس أذربيجان" },
          country: "AZ",
          organization: null,
          asOf: null,
          sources: [cAliyevConf, cVisitsDushanbe],
        },
      ],
    },
    {
      id: "emomali-rahmon",
      // Article 003 spells him "امامعلي رحمان" (this article gives no Arabic spelling); the usual one stays an alias.
      name: { en: "Emomali Rahmon", ar: "امامعلي رحمان" },
      aliases: ["Emomeli Rehmon", "إمام علي رحمن"],
      roles: [
        {
          kind: "HEAD_OF_STATE",
          title: { en: "President of Tajikistan", ar: "رئيس طاجيكستان" },
          country: "TJ",
          organization: null,
          asOf: null,
          sources: [cTjVisit, cForumUrl],
        },
      ],
    },
  ],
  agreements: [
    {
      id: "az-tj-diplomatic-relations",
      kind: "OTHER",
      title: { en: "Diplomatic relations", ar: "العلاقات الدبلوماسية" },
      parties: ["AZ", "TJ"],
      status: "ESTABLISHED",
      signedOn: [{ start: { year: 1992 }, basis: "STATED", source: cDiplo }],
      signatories: [],
      summary: "Azerbaijan and Tajikistan began diplomatic relations in 1992, after both became independent.",
      sources: [cDiplo],
    },
    {
      id: "az-tj-business-forum-agreements",
      kind: "AGREEMENT",
      title: { en: "Agreements concluded at the Azerbaijan–Tajikistan business forum", ar: "اتفاقيات منتدى الأعمال بين البلدين" },
      parties: ["AZ", "TJ"],
      status: "SIGNED",
      signedOn: [],
      event: "az-tj-business-forum-baku",
      signatories: [],
      summary:
        "Agreements worth more than $700 million concluded on the sidelines of the bilateral business forum (in Baku per the cited APA URL). No date given; it appears linked to the Tajik president's visit 'last week', unresolvable without a publication date.",
      sources: [cForum, cForumUrl],
    },
    {
      id: "az-tj-sectoral-cooperation-agreements",
      kind: "AGREEMENT",
      title: {
        en: "Azerbaijan–Tajikistan agreements and understandings on tourism, education, technology and joint industry in free economic zones",
        ar: "الاتفاقيات والتفاهمات بين البلدين",
      },
      parties: ["AZ", "TJ"],
      status: "SIGNED",
      signedOn: [],
      signatories: [],
      summary:
        "Numerous agreements and memoranda signed in recent years covering trade, Caspian transport projects, the Middle Corridor, tourism, education, technology and joint industrial enterprises in free zones; no dates or counts given.",
      sources: [cFreeZones, cCorridor],
    },
    {
      id: "aliyev-central-asia-azerbaijan-integration-forecast",
      kind: "OTHER",
      nature: "FORECAST",
      title: {
        en: "Ilham Aliyev's expectation that Central Asia and Azerbaijan will become closer and more integrated",
        ar: "آسيا الوسطى وأذربيجان ستصبحان أقرب وأكثر تكاملا في المستقبل",
      },
      parties: ["AZ"],
      status: "UNKNOWN",
      signedOn: [],
      signatories: [],
      summary:
        "An expectation Aliyev voiced in his speech at the 4th Greater Eurasia conference in Shusha ('last year', undated): whatever happens, Central Asia and Azerbaijan will grow closer and more integrated. Not an agreement; the article names no Central Asian state here.",
      sources: [cAliyevForecast],
    },
    {
      id: "az-tj-strategic-alliance-forecast",
      kind: "OTHER",
      nature: "FORECAST",
      title: {
        en: "Experts' forecast: Azerbaijan–Tajikistan relations stay at their current level, no strategic alliance in the short term",
        ar: "لن نشهد تحالفاً استراتيجياً بين هذين البلدين على المدى القصير",
      },
      parties: ["AZ", "TJ"],
      status: "UNKNOWN",
      signedOn: [],
      signatories: [],
      summary:
        "The article's conclusion, after 'many experts': despite signs of a push for a strategic alliance, AZ–TJ relations will likely stay at the current level (individual sovereignty, governance, often closed economies, rulers' dependence on other states); no alliance in the short term.",
      sources: [cExpertsForecast],
    },
  ],
  indicators: [
    {
      id: "az-tj-business-forum-deal-value",
      metric: "DEAL_VALUE",
      kind: "ACTUAL",
      value: 700000000,
      qualifier: "AT_LEAST", // "بقيمة أكثر من 700 مليون دولار": more than
      unit: "USD",
      year: null,
      label: "Value of agreements concluded at the Azerbaijan–Tajikistan business forum (more than $700 million)",
      countries: ["AZ", "TJ"],
      sources: [cForum, cForumUrl],
    },
    {
      id: "az-tj-aliyev-visits-dushanbe-past-year",
      metric: "VISIT_COUNT",
      kind: "ACTUAL",
      value: 2,
      unit: "COUNT",
      year: null,
      label: "Visits by Azerbaijan's president to Dushanbe during the past year",
      countries: ["AZ", "TJ"],
      from: "AZ",
      to: "TJ",
      basisNote: "'خلال العام الماضي' (during the past year); the article states no publication date, so the year cannot be resolved.",
      sources: [cVisitsDushanbe],
    },
    {
      id: "az-tj-aliyev-visits-tajikistan-total",
      metric: "VISIT_COUNT",
      kind: "CUMULATIVE",
      value: 6,
      unit: "COUNT",
      year: null,
      label: "Total visits by Azerbaijan's president to Tajikistan",
      countries: ["AZ", "TJ"],
      from: "AZ",
      to: "TJ",
      sources: [cVisitsDushanbe],
    },
  ],
  events: [
    {
      id: "shusha-greater-eurasia-geopolitics-conference-4",
      kind: "CONFERENCE",
      title: {
        en: "4th International Conference 'Geopolitics of Greater Eurasia: from the past to the present and the future'",
        ar: "المؤتمر الدولي الرابع \"الجيوسياسة لأوراسيا الكبرى، من الماضي إلى الحاضر والمستقبل\"",
      },
      dates: [],
      place: { country: "AZ", city: { en: "Shusha", ar: "شوشا" } },
      countries: ["AZ"],
      participants: ["ilham-aliyev"],
      sources: [cAliyevConf],
    },
    {
      id: "az-embassy-dushanbe-opening-2006-10",
      kind: "OPENING",
      title: { en: "Opening of the Embassy of Azerbaijan in Dushanbe", ar: "إنشاء سفارة جمهورية أذربيجان في دوشانبي" },
      dates: [{ start: { year: 2006, month: 10 }, basis: "STATED", source: cAzEmbassy }],
      place: { country: "TJ", city: { en: "Dushanbe", ar: "دوشانبي" } },
      countries: ["AZ", "TJ"],
      participants: [],
      sources: [cAzEmbassy],
    },
    {
      id: "tj-embassy-baku-opening-2007",
      kind: "OPENING",
      title: { en: "Opening of the Embassy of Tajikistan in Baku", ar: "تأسيس سفارة طاجيكستان في باكو" },
      dates: [{ start: { year: 2007 }, basis: "STATED", source: cTjEmbassy }],
      place: { country: "AZ", city: { en: "Baku", ar: "باكو" } },
      countries: ["AZ", "TJ"],
      participants: [],
      sources: [cTjEmbassy],
    },
    {
      id: "rahmon-official-visit-baku",
      kind: "OFFICIAL_VISIT",
      title: { en: "Official visit of the President of Tajikistan to Baku", ar: "زيارة رئيس طاجيكستان إلى باكو ضمن برنامج رسمي" },
      dates: [],
      place: { country: "AZ", city: { en: "Baku", ar: "باكو" } },
      countries: ["AZ", "TJ"],
      participants: ["emomali-rahmon"],
      sources: [cTjVisit],
    },
    {
      id: "az-tj-business-forum-baku",
      kind: "FORUM",
      title: { en: "Azerbaijan–Tajikistan business forum", ar: "منتدى الأعمال بين البلدين" },
      dates: [],
      place: { country: "AZ", city: { en: "Baku", ar: "باكو" } },
      countries: ["AZ", "TJ"],
      participants: ["emomali-rahmon"],
      sources: [cForum, cForumUrl],
    },
    {
      id: "aliyev-visits-dushanbe-past-year",
      kind: "VISIT",
      title: { en: "Ilham Aliyev's two visits to Dushanbe during the past year", ar: "زيارتا رئيس أذربيجان إلى دوشانبي خلال العام الماضي" },
      dates: [],
      place: { country: "TJ", city: { en: "Dushanbe", ar: "دوشانبي" } },
      countries: ["AZ", "TJ"],
      participants: ["ilham-aliyev"],
      sources: [cVisitsDushanbe],
    },
    {
      id: "azerbaijani-teachers-sent-to-tajikistan",
      kind: "OTHER",
      title: {
        en: "Azerbaijani teachers assigned to Soviet Tajikistan to fight illiteracy (1920s–1930s)",
        ar: "تكليف مجموعة من المعلمين الأذربيجانيين للخدمة في طاجيكستان",
      },
      dates: [
        {
          start: { year: 1920 },
          end: { year: 1939 },
          basis: "STATED",
          basisNote: "The text says the bilateral ties date back to 'the twenties and thirties of the twentieth century'; encoded as 1920–1939.",
          source: cSoviet,
        },
      ],
      place: { country: "TJ", city: null },
      countries: ["AZ", "TJ"],
      participants: [],
      sources: [cSoviet, cTeachers],
    },
  ],
  corridors: [
    {
      id: "middle-corridor",
      kind: "TRADE_ROUTE",
      name: { en: "Middle Corridor", ar: "الممر الأوسط" },
      aliases: [],
      countries: ["CN", "AZ", "TJ"],
      status: "OPERATING",
      dates: [],
      summary:
        "Transit route from China through Central Asia and the Caucasus towards Europe; Azerbaijan and Tajikistan cooperate to strengthen its capacity.",
      sources: [cMiddle],
    },
    {
      id: "az-tj-caspian-joint-transport-projects",
      kind: "MULTIMODAL",
      name: { en: "Joint Azerbaijan–Tajikistan transport projects in the Caspian Sea", ar: "مشاريع النقل المشتركة في بحر قزوين" },
      aliases: [],
      countries: ["AZ", "TJ"],
      status: "UNKNOWN",
      dates: [],
      summary: "Implementation of joint Caspian transport projects is named as the first and most frequent axis of bilateral cooperation; no details given.",
      sources: [cCaspian],
    },
  ],
  tradeFlows: [
    {
      id: "az-central-asia-energy-exports",
      kind: "ENERGY",
      from: "AZ",
      toRegion: "Central Asia",
      items: ["energy", "oil", "natural resources", "raw materials"],
      companies: [],
      label: "Azerbaijan exports energy, oil and some natural resources and raw materials to Central Asia and seeks a role in supplying its states with energy",
      sources: [cEnergy],
    },
  ],
} satisfies DocumentFileInput;
