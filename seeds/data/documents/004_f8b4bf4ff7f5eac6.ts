import type { DocumentFileInput } from "../../src/schema";

export default {
  "document": {
    "id": "004_f8b4bf4ff7f5eac6",
    "title": {
      "en": "Azerbaijan and Kazakhstan strengthened their cooperation",
      "ar": "عززت أذربيجان وكازاخستان تعاونهما"
    },
    "publisher": "SpecialEurasia",
    "publishedOn": {
      "year": 2025,
      "month": 10,
      "day": 27
    },
    "publishedOnNote": "Stated as 'تاريخ النشر: 2025-10-27 04:25:00'. First published on www.specialeurasia.com; the copy is an automatic republication by the site بتوقيت بيروت (Bitawqit Beirut), fetched on the same date-time. Consistent with the visit of 20-21 October 2025 it reports.",
    "author": "SpecialEurasia OSINT Team",
    "authorAr": "SpecialEurasia OSINT Team",
    "sources": [
      {
        "document": "004_f8b4bf4ff7f5eac6",
        "start": 0,
        "end": 33,
        "claim": "Article headline: Azerbaijan and Kazakhstan strengthened their cooperation",
        "figures": []
      },
      {
        "document": "004_f8b4bf4ff7f5eac6",
        "start": 4433,
        "end": 4473,
        "claim": "The article was first published on www.specialeurasia.com",
        "figures": []
      },
      {
        "document": "004_f8b4bf4ff7f5eac6",
        "start": 4474,
        "end": 4506,
        "claim": "Publication date given as 27 October 2025, 04:25",
        "figures": [
          "2025-10-27"
        ]
      },
      {
        "document": "004_f8b4bf4ff7f5eac6",
        "start": 4507,
        "end": 4540,
        "claim": "Author credited as the SpecialEurasia OSINT Team",
        "figures": []
      },
      {
        "document": "004_f8b4bf4ff7f5eac6",
        "start": 4541,
        "end": 4569,
        "claim": "Republishing notice from the site Bitawqit Beirut (بتوقيت بيروت)",
        "figures": []
      }
    ]
  },
  "countries": [
    {
      "code": "AZ",
      "spellings": [
        "أذربيجان",
        "الأذربيجاني"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 48,
          "end": 158,
          "claim": "Aliyev's Astana visit strengthened the Azerbaijan-Kazakhstan strategic partnership",
          "figures": [
            "20",
            "21",
            "2025"
          ]
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 384,
          "end": 583,
          "claim": "Azerbaijani-Kazakh cooperation is described as uniting regional powers in Central Asia",
          "figures": []
        }
      ]
    },
    {
      "code": "KZ",
      "spellings": [
        "كازاخستان",
        "الكازاخي",
        "الكازاخستاني",
        "الكازاخستانية"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1066,
          "end": 1248,
          "claim": "Aliyev made a two-day visit to Kazakhstan",
          "figures": [
            "يومين"
          ]
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1748,
          "end": 1939,
          "claim": "Energy deals include moving Kazakh oil via Azerbaijani infrastructure",
          "figures": [
            "ثلاث"
          ]
        }
      ]
    },
    {
      "code": "CN",
      "spellings": [
        "الصين"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 893,
          "end": 1050,
          "claim": "Middle Corridor cargo shipments from China to Azerbaijan are to triple by 2030",
          "figures": [
            "2030",
            "ثلاث"
          ]
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 3308,
          "end": 3524,
          "claim": "The partnership has implications for Russia and China in Central Asia",
          "figures": []
        }
      ]
    },
    {
      "code": "TM",
      "spellings": [
        "تركمانستان"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1563,
          "end": 1747,
          "claim": "Middle Corridor logistics run through Azerbaijan, Kazakhstan and Turkmenistan",
          "figures": []
        }
      ]
    },
    {
      "code": "UZ",
      "spellings": [
        "أوزبكستان"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1748,
          "end": 1939,
          "claim": "The planned underwater green power cable links Azerbaijan, Kazakhstan and Uzbekistan",
          "figures": [
            "ثلاث"
          ]
        }
      ]
    },
    {
      "code": "RU",
      "spellings": [
        "روسيا"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 2301,
          "end": 2482,
          "claim": "New trade routes reduce reliance on existing routes through Russia or Iran",
          "figures": []
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 4062,
          "end": 4288,
          "claim": "Russia and China are named as regional actors that may dislike the alliance's growing power",
          "figures": []
        }
      ]
    },
    {
      "code": "IR",
      "spellings": [
        "إيران"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 2301,
          "end": 2482,
          "claim": "New trade routes reduce reliance on existing routes through Russia or Iran",
          "figures": []
        }
      ]
    },
    {
      "code": "AM",
      "spellings": [
        "أرمينيا"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 2939,
          "end": 3129,
          "claim": "Peace agreements between Azerbaijan and Armenia are gaining recognition and support",
          "figures": []
        }
      ]
    },
    {
      "code": "LB",
      "spellings": [
        "لبنان"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 4867,
          "end": 4970,
          "claim": "Lebanon is named only in the republishing site's tagline (news of Lebanon and the world)",
          "figures": []
        }
      ]
    }
  ],
  "people": [
    {
      "id": "ilham-aliyev",
      "name": {
        "en": "Ilham Aliyev",
        "ar": "إلهام علييف"
      },
      "aliases": [],
      "roles": [
        {
          "kind": "HEAD_OF_STATE",
          "title": {
            "en": "President of Azerbaijan",
            "ar": "الرئيس الأذربيجاني"
          },
          "country": "AZ",
          "organization": null,
          "asOf": {
            "year": 2025,
            "month": 10
          },
          "sources": [
            {
              "document": "004_f8b4bf4ff7f5eac6",
              "start": 48,
              "end": 158,
              "claim": "President Ilham Aliyev visited Astana on 20-21 October 2025",
              "figures": [
                "20",
                "21",
                "2025"
              ]
            },
            {
              "document": "004_f8b4bf4ff7f5eac6",
              "start": 4289,
              "end": 4369,
              "claim": "Ilham Aliyev is identified as the Azerbaijani president",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "kassym-jomart-tokayev",
      "name": {
        "en": "Kassym-Jomart Tokayev",
        "ar": "قاسم جومارت توكاييف"
      },
      "aliases": [],
      "roles": [
        {
          "kind": "HEAD_OF_STATE",
          "title": {
            "en": "President of Kazakhstan",
            "ar": "رئيس كازاخستان"
          },
          "country": "KZ",
          "organization": null,
          "asOf": {
            "year": 2025,
            "month": 10
          },
          "sources": [
            {
              "document": "004_f8b4bf4ff7f5eac6",
              "start": 4289,
              "end": 4369,
              "claim": "Kassym-Jomart Tokayev is identified as the president of Kazakhstan",
              "figures": []
            },
            {
              "document": "004_f8b4bf4ff7f5eac6",
              "start": 1066,
              "end": 1248,
              "claim": "President Tokayev held a bilateral meeting with Aliyev during the visit",
              "figures": []
            },
            {
              "document": "004_f8b4bf4ff7f5eac6",
              "start": 48,
              "end": 158,
              "claim": "The visit during which Tokayev hosted Aliyev took place on 20-21 October 2025",
              "figures": [
                "20",
                "21",
                "2025"
              ]
            }
          ]
        }
      ]
    }
  ],
  "agreements": [
    {
      "id": "az-kz-strategic-partnership-treaty",
      "kind": "TREATY",
      "title": {
        "en": "Treaty on Strategic Partnership and Allied Relations between Azerbaijan and Kazakhstan",
        "ar": "معاهدة الشراكة الاستراتيجية وعلاقات الحلفاء"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2005
          },
          "basis": "RELATIVE",
          "basisNote": "Not stated outright: the October 2025 visit is said to mark the treaty's 20th anniversary ('العشرين... الذكرى السنوية'); 2025 minus 20 gives 2005 (year only). Visit date 20-21 Oct 2025; publication 2025-10-27.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 1249,
            "end": 1334,
            "claim": "The visit marked the 20th anniversary of the Treaty on Strategic Partnership and Allied Relations",
            "figures": [
              "العشرين"
            ]
          }
        }
      ],
      "signatories": [],
      "summary": "The 2025 visit marked the treaty's 20th anniversary.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1249,
          "end": 1334,
          "claim": "The visit marked the 20th anniversary of the Treaty on Strategic Partnership and Allied Relations",
          "figures": [
            "العشرين"
          ]
        }
      ]
    },
    {
      "id": "az-kz-supreme-interstate-council",
      "kind": "COUNCIL",
      "title": {
        "en": "Azerbaijan-Kazakhstan Supreme Interstate Council",
        "ar": "المجلس الأعلى المشترك بين أذربيجان وكازاخستان"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "ESTABLISHED",
      "signedOn": [],
      "event": "az-kz-supreme-interstate-council-2nd-session-2025-10",
      "signatories": [],
      "summary": "Its second session was held during Aliyev's October 2025 visit.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1066,
          "end": 1248,
          "claim": "Aliyev attended the second session of the Azerbaijan-Kazakhstan Supreme Interstate Council",
          "figures": [
            "الثانية"
          ]
        }
      ]
    },
    {
      "id": "az-kz-trade-investment-agreements-2025",
      "kind": "AGREEMENT",
      "title": {
        "en": "Azerbaijan-Kazakhstan bilateral trade and investment agreements",
        "ar": "اتفاقيات التجارة والاستثمار الثنائية"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "Signed during the Supreme Interstate Council meeting held during the visit; The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "event": "az-kz-supreme-interstate-council-2nd-session-2025-10",
      "signatories": [],
      "summary": "Signed at the Supreme Interstate Council meeting; aim to double trade to $1 billion within three years.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 726,
          "end": 890,
          "claim": "Trade and investment agreements signed at the Supreme Interstate Council aim to double trade to $1 billion within three years",
          "figures": [
            "مليار",
            "الثلاث"
          ]
        }
      ]
    },
    {
      "id": "az-kz-memoranda-and-agreements-2025-10",
      "kind": "OTHER",
      "title": {
        "en": "Series of memoranda and agreements on joint investment, energy and technology cooperation",
        "ar": "سلسلة واسعة من المذكرات والاتفاقيات"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [],
      "summary": "A broad series of memoranda and agreements is listed among the visit's main outcomes.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 159,
          "end": 383,
          "claim": "Main outcomes include a broad series of memoranda and agreements promoting joint investment, energy and technological cooperation",
          "figures": []
        }
      ]
    },
    {
      "id": "az-kz-energy-cooperation-document-2025",
      "kind": "AGREEMENT",
      "title": {
        "en": "Azerbaijan-Kazakhstan document on cooperation in energy",
        "ar": "وثيقة التعاون في مجال الطاقة"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [
        "ilham-aliyev",
        "kassym-jomart-tokayev"
      ],
      "summary": "One of the multiple documents the two leaders signed to formalise cooperation; the article names the field (energy) but not the document's exact type or title.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1335,
          "end": 1562,
          "claim": "The two leaders signed multiple documents formalising cooperation, including in energy",
          "figures": []
        }
      ]
    },
    {
      "id": "az-kz-transport-cooperation-document-2025",
      "kind": "AGREEMENT",
      "title": {
        "en": "Azerbaijan-Kazakhstan document on cooperation in transport",
        "ar": "وثيقة التعاون في مجال النقل"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [
        "ilham-aliyev",
        "kassym-jomart-tokayev"
      ],
      "summary": "One of the multiple documents the two leaders signed to formalise cooperation; the article names the field (transport) but not the document's exact type or title.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1335,
          "end": 1562,
          "claim": "The two leaders signed multiple documents formalising cooperation, including in transport",
          "figures": []
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 3719,
          "end": 3880,
          "claim": "Implementation of signed agreements, including transport infrastructure development, is a key indicator over the next 12-36 months",
          "figures": [
            "12",
            "36"
          ]
        }
      ]
    },
    {
      "id": "az-kz-digital-infrastructure-cooperation-document-2025",
      "kind": "AGREEMENT",
      "title": {
        "en": "Azerbaijan-Kazakhstan document on cooperation in digital infrastructure",
        "ar": "وثيقة التعاون في مجال البنية التحتية الرقمية"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [
        "ilham-aliyev",
        "kassym-jomart-tokayev"
      ],
      "summary": "One of the multiple documents the two leaders signed to formalise cooperation; the article names the field (digital infrastructure) but not the document's exact type or title.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1335,
          "end": 1562,
          "claim": "The two leaders signed multiple documents formalising cooperation, including in digital infrastructure",
          "figures": []
        }
      ]
    },
    {
      "id": "az-kz-artificial-intelligence-cooperation-document-2025",
      "kind": "AGREEMENT",
      "title": {
        "en": "Azerbaijan-Kazakhstan document on cooperation in artificial intelligence",
        "ar": "وثيقة التعاون في مجال الذكاء الاصطناعي"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [
        "ilham-aliyev",
        "kassym-jomart-tokayev"
      ],
      "summary": "One of the multiple documents the two leaders signed to formalise cooperation; the article names the field (artificial intelligence) but not the document's exact type or title.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1335,
          "end": 1562,
          "claim": "The two leaders signed multiple documents formalising cooperation, including in artificial intelligence",
          "figures": []
        }
      ]
    },
    {
      "id": "az-kz-industrial-property-protection-cooperation-document-2025",
      "kind": "AGREEMENT",
      "title": {
        "en": "Azerbaijan-Kazakhstan document on cooperation in industrial property protection",
        "ar": "وثيقة التعاون في مجال حماية الملكية الصناعية"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [
        "ilham-aliyev",
        "kassym-jomart-tokayev"
      ],
      "summary": "One of the multiple documents the two leaders signed to formalise cooperation; the article names the field (industrial property protection) but not the document's exact type or title.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1335,
          "end": 1562,
          "claim": "The two leaders signed multiple documents formalising cooperation, including in industrial property protection",
          "figures": []
        }
      ]
    },
    {
      "id": "az-kz-healthcare-cooperation-document-2025",
      "kind": "AGREEMENT",
      "title": {
        "en": "Azerbaijan-Kazakhstan document on cooperation in healthcare",
        "ar": "وثيقة التعاون في مجال الرعاية الصحية"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [
        "ilham-aliyev",
        "kassym-jomart-tokayev"
      ],
      "summary": "One of the multiple documents the two leaders signed to formalise cooperation; the article names the field (healthcare) but not the document's exact type or title.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1335,
          "end": 1562,
          "claim": "The two leaders signed multiple documents formalising cooperation, including in healthcare",
          "figures": []
        }
      ]
    },
    {
      "id": "az-kz-education-cooperation-document-2025",
      "kind": "AGREEMENT",
      "title": {
        "en": "Azerbaijan-Kazakhstan document on cooperation in education",
        "ar": "وثيقة التعاون في مجال التعليم"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [
        "ilham-aliyev",
        "kassym-jomart-tokayev"
      ],
      "summary": "One of the multiple documents the two leaders signed to formalise cooperation; the article names the field (education) but not the document's exact type or title.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1335,
          "end": 1562,
          "claim": "The two leaders signed multiple documents formalising cooperation, including in education",
          "figures": []
        }
      ]
    },
    {
      "id": "az-kz-kazakh-oil-transit-deal",
      "kind": "AGREEMENT",
      "title": {
        "en": "Strategic energy deal on transporting Kazakh oil through Azerbaijan's infrastructure",
        "ar": "نقل النفط الكازاخستاني عبر البنية التحتية في أذربيجان"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "ANNOUNCED",
      "signedOn": [],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [],
      "summary": "Named among the visit's strategic energy deals; no volume or date given.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1748,
          "end": 1939,
          "claim": "The strategic energy deals include transporting Kazakh oil through Azerbaijan's infrastructure",
          "figures": [
            "ثلاث"
          ]
        }
      ]
    },
    {
      "id": "az-kz-uz-green-energy-cable-deal",
      "kind": "AGREEMENT",
      "title": {
        "en": "Strategic energy deal on building an underwater green power cable linking Azerbaijan, Kazakhstan and Uzbekistan",
        "ar": "بناء كابل كهرباء أخضر تحت الماء"
      },
      "parties": [
        "AZ",
        "KZ",
        "UZ"
      ],
      "status": "ANNOUNCED",
      "signedOn": [],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [],
      "summary": "Named among the visit's strategic energy deals; the cable spans three countries.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1748,
          "end": 1939,
          "claim": "The energy deals include building an underwater green power cable spanning three countries: Azerbaijan, Kazakhstan and Uzbekistan",
          "figures": [
            "ثلاث"
          ]
        }
      ]
    },
    {
      "id": "az-kz-joint-investment-funds",
      "kind": "FUND",
      "title": {
        "en": "Azerbaijan-Kazakhstan joint investment funds",
        "ar": "صناديق الاستثمار المشتركة"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "The article lists joint investment funds among 'the signed agreements' of the visit; The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [],
      "summary": "Part of the signed agreements; their implementation is a key success indicator over the next 12-36 months. No capital figure given.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 3719,
          "end": 3880,
          "claim": "Signed agreements include joint investment funds, whose implementation is a key success indicator over the next 12-36 months",
          "figures": [
            "12",
            "36"
          ]
        }
      ]
    },
    {
      "id": "az-kz-karabakh-reconstruction-support",
      "kind": "PROGRAM",
      "title": {
        "en": "Support for reconstruction projects in Nagorno-Karabakh (Karabakh)",
        "ar": "دعم مشاريع إعادة الإعمار في ناغورنو كاراباخ (قره باغ)"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "ANNOUNCED",
      "signedOn": [],
      "event": "aliyev-visit-astana-2025-10",
      "signatories": [],
      "summary": "Mentioned alongside humanitarian, cultural and educational exchanges strengthened during the visit.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1940,
          "end": 2135,
          "claim": "The sides also backed reconstruction projects in Nagorno-Karabakh alongside cultural and educational exchanges",
          "figures": []
        }
      ]
    },
    {
      "id": "am-az-peace-agreements",
      "kind": "AGREEMENT",
      "title": {
        "en": "Peace agreements between Azerbaijan and Armenia",
        "ar": "اتفاقيات السلام بين أذربيجان وأرمينيا"
      },
      "parties": [
        "AM",
        "AZ"
      ],
      "status": "UNKNOWN",
      "signedOn": [],
      "signatories": [],
      "summary": "The article says growing recognition and support for them amplifies the bloc's influence in the South Caucasus; no date or status given.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 2939,
          "end": 3129,
          "claim": "Growing recognition and support for Azerbaijan-Armenia peace agreements amplifies the bloc's South Caucasus influence",
          "figures": []
        }
      ]
    },
    {
      "id": "az-kz-cooperation-outlook-forecast",
      "kind": "OTHER",
      "nature": "FORECAST",
      "title": {
        "en": "Outlook for Azerbaijan–Kazakhstan cooperation: more regional trade, diversified energy transport, closer political coordination",
        "ar": "قد يؤدي التعاون بين أذربيجان وكازاخستان إلى زيادة تدفقات التجارة الإقليمية، وتنويع نقل الطاقة، وتعزيز التنسيق السياسي"
      },
      "parties": [
        "AZ",
        "KZ"
      ],
      "status": "UNKNOWN",
      "signedOn": [],
      "signatories": [],
      "summary": "The article's own outlook, not an agreement: in the short term AZ–KZ cooperation may raise regional trade flows, diversify energy transport, strengthen political coordination and set a reference point for Central Asian cooperation; in the long term the group may stabilise Central Asia and strengthen its bargaining with powerful states.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 3534,
          "end": 3718,
          "claim": "Short term, AZ–KZ cooperation may raise regional trade flows, diversify energy transport and strengthen political coordination",
          "figures": []
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 3881,
          "end": 4061,
          "claim": "Long term, the AZ–KZ grouping may stabilise Central Asia, strengthen its economy and its bargaining power with strong states",
          "figures": []
        }
      ]
    }
  ],
  "indicators": [
    {
      "id": "az-kz-trade-turnover-target",
      "metric": "TRADE_TURNOVER",
      "kind": "TARGET",
      "value": 1000000000,
      "unit": "USD",
      "year": 2028,
      "changePercent": null,
      "label": "Azerbaijan-Kazakhstan trade volume target ($1 billion, a doubling) within the next three years",
      "countries": [
        "AZ",
        "KZ"
      ],
      "basisNote": "Horizon stated only as 'خلال السنوات الثلاث المقبلة' (within the next three years); resolved against the October 2025 visit / publication date 2025-10-27 to about 2028.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 726,
          "end": 890,
          "claim": "Trade and investment agreements aim to double bilateral trade to $1 billion within the next three years",
          "figures": [
            "مليار",
            "الثلاث"
          ]
        }
      ]
    },
    {
      "id": "az-kz-trade-turnover-doubling-target",
      "metric": "TRADE_TURNOVER_GROWTH",
      "kind": "TARGET",
      "value": 2,
      "unit": "MULTIPLIER",
      "year": 2028,
      "label": "Targeted doubling of Azerbaijan-Kazakhstan trade volume within three years",
      "countries": [
        "AZ",
        "KZ"
      ],
      "basisNote": "'مضاعفة' = doubling; horizon 'within the next three years' resolved against October 2025 (publication 2025-10-27) to about 2028. No current trade figure is stated.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 726,
          "end": 890,
          "claim": "The agreements aim to double trade volume, to $1 billion, within three years",
          "figures": [
            "مضاعفة",
            "مليار",
            "الثلاث"
          ]
        }
      ]
    },
    {
      "id": "az-cn-middle-corridor-cargo-growth-target",
      "metric": "CARGO_VOLUME_GROWTH",
      "kind": "TARGET",
      "value": 3,
      "unit": "MULTIPLIER",
      "year": 2030,
      "label": "Middle Corridor cargo shipments from China to Azerbaijan expected to triple by 2030",
      "countries": [
        "AZ",
        "CN"
      ],
      "from": "CN",
      "to": "AZ",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 893,
          "end": 1050,
          "claim": "By 2030 the Middle Corridor should triple cargo shipments from China to Azerbaijan",
          "figures": [
            "2030",
            "ثلاث"
          ]
        }
      ]
    },
    {
      "id": "az-kz-agreements-implementation-window",
      "metric": "IMPLEMENTATION_WINDOW",
      "kind": "FORECAST",
      "value": 12,
      "qualifier": "RANGE",
      "valueMax": 36,
      "unit": "MONTHS",
      "label": "Window (12 to 36 months) for judging implementation of signed agreements (investment funds, transport infrastructure)",
      "countries": [
        "AZ",
        "KZ"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 3719,
          "end": 3880,
          "claim": "Implementation of signed agreements will be a key success indicator over the next 12 to 36 months",
          "figures": [
            "12",
            "36"
          ]
        }
      ]
    },
    {
      "id": "az-kz-uz-green-energy-cable-countries",
      "metric": "COUNTRIES_CONNECTED",
      "kind": "PLANNED",
      "value": 3,
      "unit": "COUNT",
      "label": "Number of countries the planned underwater green power cable spans (Azerbaijan, Kazakhstan, Uzbekistan)",
      "countries": [
        "AZ",
        "KZ",
        "UZ"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1748,
          "end": 1939,
          "claim": "The planned underwater green power cable spans three countries",
          "figures": [
            "ثلاث"
          ]
        }
      ]
    },
    {
      "id": "az-kz-aliyev-visit-duration",
      "metric": "VISIT_DURATION",
      "kind": "ACTUAL",
      "value": 2,
      "unit": "DAYS",
      "year": 2025,
      "label": "Length of Aliyev's visit to Kazakhstan (two days, 20-21 October 2025)",
      "countries": [
        "AZ",
        "KZ"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1066,
          "end": 1248,
          "claim": "Aliyev's visit to Kazakhstan lasted two days",
          "figures": [
            "يومين"
          ]
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 48,
          "end": 158,
          "claim": "The visit took place on 20 and 21 October 2025",
          "figures": [
            "20",
            "21",
            "2025"
          ]
        }
      ]
    },
    {
      "id": "az-kz-supreme-interstate-council-session-number",
      "metric": "COUNCIL_SESSION_NUMBER",
      "kind": "ACTUAL",
      "value": 2,
      "unit": "ORDINAL",
      "year": 2025,
      "label": "Ordinal of the Azerbaijan-Kazakhstan Supreme Interstate Council session held during the visit (second)",
      "countries": [
        "AZ",
        "KZ"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1066,
          "end": 1248,
          "claim": "The session Aliyev attended was the council's second",
          "figures": [
            "الثانية"
          ]
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 48,
          "end": 158,
          "claim": "The visit took place on 20 and 21 October 2025",
          "figures": [
            "20",
            "21",
            "2025"
          ]
        }
      ]
    },
    {
      "id": "az-kz-strategic-partnership-treaty-anniversary",
      "metric": "TREATY_ANNIVERSARY",
      "kind": "ACTUAL",
      "value": 20,
      "unit": "YEARS",
      "year": 2025,
      "label": "Anniversary of the Treaty on Strategic Partnership and Allied Relations marked by the 2025 visit (20th)",
      "countries": [
        "AZ",
        "KZ"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1249,
          "end": 1334,
          "claim": "The visit marked the treaty's 20th anniversary",
          "figures": [
            "العشرين"
          ]
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 48,
          "end": 158,
          "claim": "The visit took place on 20 and 21 October 2025",
          "figures": [
            "20",
            "21",
            "2025"
          ]
        }
      ]
    }
  ],
  "events": [
    {
      "id": "aliyev-visit-astana-2025-10",
      "kind": "STATE_VISIT",
      "title": {
        "en": "Ilham Aliyev's two-day visit to Kazakhstan (Astana)",
        "ar": "زيارة الرئيس إلهام علييف إلى أستانا"
      },
      "dates": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "place": {
        "country": "KZ",
        "city": {
          "en": "Astana",
          "ar": "أستانا"
        }
      },
      "countries": [
        "AZ",
        "KZ"
      ],
      "participants": [
        "ilham-aliyev",
        "kassym-jomart-tokayev"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 48,
          "end": 158,
          "claim": "Aliyev's visit to Astana on 20-21 October 2025 strengthened the strategic partnership",
          "figures": [
            "20",
            "21",
            "2025"
          ]
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 603,
          "end": 723,
          "claim": "The official visit to Kazakhstan reinforced bilateral cooperation and the two countries' Caspian strategy",
          "figures": []
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1066,
          "end": 1248,
          "claim": "Aliyev made a two-day (state) visit to Kazakhstan, meeting Tokayev and attending the second Supreme Interstate Council",
          "figures": [
            "يومين",
            "الثانية"
          ]
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1563,
          "end": 1747,
          "claim": "The Middle Corridor development project was the main focus of the visit",
          "figures": []
        }
      ]
    },
    {
      "id": "aliyev-tokayev-talks-astana-2025-10",
      "kind": "TALKS",
      "title": {
        "en": "Bilateral meeting of Ilham Aliyev and Kassym-Jomart Tokayev",
        "ar": "اجتماع ثنائي مع الرئيس قاسم جومارت توكاييف"
      },
      "dates": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "place": {
        "country": "KZ",
        "city": {
          "en": "Astana",
          "ar": "أستانا"
        }
      },
      "countries": [
        "AZ",
        "KZ"
      ],
      "participants": [
        "ilham-aliyev",
        "kassym-jomart-tokayev"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1066,
          "end": 1248,
          "claim": "During the visit Aliyev held a bilateral meeting with President Tokayev",
          "figures": [
            "يومين"
          ]
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1335,
          "end": 1562,
          "claim": "The two leaders stressed historic, cultural and strategic ties and signed multiple documents",
          "figures": []
        }
      ]
    },
    {
      "id": "az-kz-supreme-interstate-council-2nd-session-2025-10",
      "kind": "COUNCIL_SESSION",
      "title": {
        "en": "Second session of the Azerbaijan-Kazakhstan Supreme Interstate Council",
        "ar": "الدورة الثانية للمجلس الأعلى المشترك بين أذربيجان وكازاخستان"
      },
      "dates": [
        {
          "start": {
            "year": 2025,
            "month": 10,
            "day": 20
          },
          "end": {
            "year": 2025,
            "month": 10,
            "day": 21
          },
          "basis": "STATED",
          "basisNote": "The article dates the visit (20-21 October 2025) and ties this to it; it gives no separate day.",
          "source": {
            "document": "004_f8b4bf4ff7f5eac6",
            "start": 48,
            "end": 158,
            "claim": "Aliyev's visit to Astana took place on 20 and 21 October 2025",
            "figures": [
              "20",
              "21",
              "2025"
            ]
          }
        }
      ],
      "place": {
        "country": "KZ",
        "city": {
          "en": "Astana",
          "ar": "أستانا"
        }
      },
      "countries": [
        "AZ",
        "KZ"
      ],
      "participants": [
        "ilham-aliyev"
      ],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1066,
          "end": 1248,
          "claim": "Aliyev attended the second session of the Supreme Interstate Council during the visit",
          "figures": [
            "الثانية"
          ]
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 726,
          "end": 890,
          "claim": "Trade and investment agreements were signed at the Supreme Interstate Council meeting",
          "figures": [
            "مليار",
            "الثلاث"
          ]
        }
      ]
    },
    {
      "id": "kazakh-cultural-days-in-azerbaijan",
      "kind": "OTHER",
      "title": {
        "en": "Kazakh Cultural Days in Azerbaijan",
        "ar": "الأيام الثقافية الكازاخستانية في أذربيجان"
      },
      "dates": [],
      "place": {
        "country": "AZ",
        "city": null
      },
      "countries": [
        "AZ",
        "KZ"
      ],
      "participants": [],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1940,
          "end": 2135,
          "claim": "Humanitarian and cultural exchanges include Kazakh cultural days in Azerbaijan",
          "figures": []
        }
      ]
    },
    {
      "id": "azerbaijani-cultural-days-in-kazakhstan",
      "kind": "OTHER",
      "title": {
        "en": "Azerbaijani Cultural Days in Kazakhstan",
        "ar": "الأيام الثقافية الأذربيجانية في كازاخستان (والعكس)"
      },
      "dates": [],
      "place": {
        "country": "KZ",
        "city": null
      },
      "countries": [
        "AZ",
        "KZ"
      ],
      "participants": [],
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1940,
          "end": 2135,
          "claim": "Cultural exchanges include Kazakh cultural days in Azerbaijan and the reverse (Azerbaijani days in Kazakhstan)",
          "figures": []
        }
      ]
    }
  ],
  "corridors": [
    {
      "id": "middle-corridor",
      "kind": "MULTIMODAL",
      "name": {
        "en": "Middle Corridor",
        "ar": "الممر الأوسط"
      },
      "aliases": [
        "TITR",
        "Trans-Caspian International Transport Route"
      ],
      "countries": [
        "CN",
        "KZ",
        "TM",
        "AZ"
      ],
      "status": "OPERATING",
      "dates": [],
      "summary": "Links China, Central Asia and Europe through interconnected logistics across Azerbaijan, Kazakhstan and Turkmenistan; China-Azerbaijan cargo expected to triple by 2030.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 159,
          "end": 383,
          "claim": "Outcomes include expanded transport and logistics initiatives via the Middle Corridor",
          "figures": []
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1563,
          "end": 1747,
          "claim": "The Middle Corridor project links China, Central Asia and Europe via Azerbaijan, Kazakhstan and Turkmenistan",
          "figures": []
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 893,
          "end": 1050,
          "claim": "Middle Corridor cargo from China to Azerbaijan should triple by 2030",
          "figures": [
            "2030",
            "ثلاث"
          ]
        },
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 2483,
          "end": 2686,
          "claim": "The Middle Corridor and related projects strengthen the region's logistics",
          "figures": []
        }
      ]
    },
    {
      "id": "trans-caspian-green-energy-cable",
      "kind": "POWER_LINE",
      "name": {
        "en": "Underwater green power cable (Azerbaijan-Kazakhstan-Uzbekistan)",
        "ar": "كابل كهرباء أخضر تحت الماء"
      },
      "aliases": [
        "Trans-Caspian green energy cable"
      ],
      "countries": [
        "AZ",
        "KZ",
        "UZ"
      ],
      "status": "PLANNED",
      "dates": [],
      "summary": "Underwater green electricity cable to be built spanning three countries.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1748,
          "end": 1939,
          "claim": "A green underwater power cable is to be built linking Azerbaijan, Kazakhstan and Uzbekistan",
          "figures": [
            "ثلاث"
          ]
        }
      ]
    },
    {
      "id": "zangezur-corridor",
      "kind": "TRADE_ROUTE",
      "name": {
        "en": "Zangezur Corridor",
        "ar": "ممر زانجيزور"
      },
      "aliases": [
        "Trump Route for International Peace and Prosperity",
        "TRIPP",
        "طريق ترامب للسلام والازدهار الدوليين"
      ],
      "countries": [
        "AZ",
        "AM"
      ],
      "status": "PLANNED",
      "dates": [],
      "summary": "Described as a project related to the Middle Corridor, renamed the Trump Route for International Peace and Prosperity. The article does not list the countries it crosses.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 2483,
          "end": 2686,
          "claim": "The Zangezur corridor, renamed the Trump Route for International Peace and Prosperity, is a project related to the Middle Corridor",
          "figures": []
        }
      ]
    },
    {
      "id": "kazakh-oil-transit-via-azerbaijan",
      "kind": "OTHER",
      "name": {
        "en": "Kazakh oil transport through Azerbaijan's infrastructure",
        "ar": "نقل النفط الكازاخستاني عبر البنية التحتية في أذربيجان"
      },
      "aliases": [],
      "countries": [
        "KZ",
        "AZ"
      ],
      "status": "UNKNOWN",
      "dates": [],
      "summary": "Energy route covered by the visit's strategic energy deals; the article names no pipeline or volume.",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 1748,
          "end": 1939,
          "claim": "Kazakh oil is to be transported through Azerbaijan's infrastructure under the energy deals",
          "figures": [
            "ثلاث"
          ]
        }
      ]
    }
  ],
  "tradeFlows": [
    {
      "id": "cn-az-middle-corridor-cargo",
      "kind": "GOODS",
      "from": "CN",
      "to": "AZ",
      "items": [
        "cargo"
      ],
      "companies": [],
      "label": "Goods are shipped from China to Azerbaijan along the Middle Corridor; the shipments are expected to triple by 2030",
      "sources": [
        {
          "document": "004_f8b4bf4ff7f5eac6",
          "start": 893,
          "end": 1050,
          "claim": "By 2030 the Middle Corridor should triple cargo shipments from China to Azerbaijan",
          "figures": [
            "2030",
            "ثلاث"
          ]
        }
      ]
    }
  ]
} satisfies DocumentFileInput;
