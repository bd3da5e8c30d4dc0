import type { DocumentFileInput } from "../../src/schema";

export default {
  "document": {
    "id": "002_76e874a06d3d543b",
    "title": {
      "en": "Russia and Azerbaijan are working to create a new geopolitical pole",
      "ar": "روسيا وأذربيجان تعملان على إنشاء قطب جيوسياسي جديد"
    },
    "publisher": "عربي21 (Arabi21), translating a report by the Russian site NewsRu (نيوز ري)",
    "publishedOn": null,
    "publishedOnNote": "The text gives no publication date. It says Putin's state visit to Azerbaijan falls on 18 and 19 August 'الحالي' (this month), so the article appeared in August of a year it does not state. Other hints (last year's trade tied to end-2023 customs data; Olympics 2024 scandals in the past tense) point to 2024, but the year is never stated, so publishedOn stays null and relative dates are not resolved against it. Where the content fixes an event's date (2024, from the 'last year' = end-2023 trade passage), the event carries an INFERRED date claim saying how.",
    "author": null,
    "authorAr": null,
    "sources": [
      {
        "document": "002_76e874a06d3d543b",
        "start": 13,
        "end": 63,
        "claim": "The article's headline says Russia and Azerbaijan are building a new geopolitical pole",
        "figures": []
      },
      {
        "document": "002_76e874a06d3d543b",
        "start": 127,
        "end": 324,
        "claim": "The report was published by the Russian site NewsRu about Putin's visit to Baku",
        "figures": []
      },
      {
        "document": "002_76e874a06d3d543b",
        "start": 326,
        "end": 369,
        "claim": "Arabi21 translated the NewsRu report",
        "figures": []
      },
      {
        "document": "002_76e874a06d3d543b",
        "start": 549,
        "end": 658,
        "claim": "The state visit is set for 18–19 August of the current month, which dates the article to August (year not stated)",
        "figures": [
          "18",
          "19"
        ]
      }
    ]
  },
  "countries": [
    {
      "code": "RU",
      "spellings": [
        "روسيا"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 549,
          "end": 658,
          "claim": "The Kremlin announced Putin's state visit to Azerbaijan",
          "figures": []
        }
      ]
    },
    {
      "code": "AZ",
      "spellings": [
        "أذربيجان"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 549,
          "end": 658,
          "claim": "Azerbaijan is to host a Russian state visit on 18–19 August",
          "figures": [
            "18",
            "19"
          ]
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
          "document": "002_76e874a06d3d543b",
          "start": 1952,
          "end": 2028,
          "claim": "The North–South route is meant to link Russia with Iran and India through Azerbaijan",
          "figures": []
        }
      ]
    },
    {
      "code": "IN",
      "spellings": [
        "الهند"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 1952,
          "end": 2028,
          "claim": "The North–South route is meant to link Russia with India via Azerbaijan and Iran",
          "figures": []
        }
      ]
    },
    {
      "code": "KZ",
      "spellings": [
        "كازاخستان"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 2711,
          "end": 2841,
          "claim": "An expert lists Kazakhstan among the members of a proposed 'Eurasian euro' economic zone",
          "figures": []
        }
      ]
    },
    {
      "code": "BY",
      "spellings": [
        "بيلاروسيا"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 2711,
          "end": 2841,
          "claim": "An expert lists Belarus among the members of a proposed 'Eurasian euro' economic zone",
          "figures": []
        }
      ]
    },
    {
      "code": "TR",
      "spellings": [
        "تركيا"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 2711,
          "end": 2841,
          "claim": "An expert lists Turkey among the members of a proposed 'Eurasian euro' economic zone",
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
          "document": "002_76e874a06d3d543b",
          "start": 2711,
          "end": 2841,
          "claim": "An expert lists Uzbekistan among the members of a proposed 'Eurasian euro' economic zone",
          "figures": []
        }
      ]
    },
    {
      "code": "PL",
      "spellings": [
        "بولندا"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 3919,
          "end": 4159,
          "claim": "NATO intended to install its systems in Poland in the mid-2000s",
          "figures": []
        }
      ]
    },
    {
      "code": "CZ",
      "spellings": [
        "التشيك"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 3919,
          "end": 4159,
          "claim": "NATO intended to install its systems in the Czech Republic in the mid-2000s",
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
          "document": "002_76e874a06d3d543b",
          "start": 4458,
          "end": 4630,
          "claim": "Unofficial reports from Armenia said the French president intends to visit on 21 September",
          "figures": [
            "21"
          ]
        }
      ]
    },
    {
      "code": "FR",
      "spellings": [
        "الفرنسي",
        "الفرنسيين"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 5192,
          "end": 5308,
          "claim": "A Duma deputy warns Caucasus states about French President Macron's activity",
          "figures": []
        }
      ]
    },
    {
      "code": "US",
      "spellings": [
        "الولايات المتحدة"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 6141,
          "end": 6252,
          "claim": "Fenenko says Yerevan is under the protection of the United States and Europe",
          "figures": []
        }
      ]
    }
  ],
  "people": [
    {
      "id": "vladimir-putin",
      "name": {
        "en": "Vladimir Putin",
        "ar": "فلاديمير بوتين"
      },
      "aliases": [
        "بوتين"
      ],
      "roles": [
        {
          "kind": "HEAD_OF_STATE",
          "title": {
            "en": "President of Russia",
            "ar": "الرئيس"
          },
          "country": "RU",
          "organization": null,
          "asOf": null,
          "sources": [
            {
              "document": "002_76e874a06d3d543b",
              "start": 127,
              "end": 324,
              "claim": "Putin, as Russia's president, is visiting Baku to meet Aliyev",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "ilham-aliyev",
      "name": {
        "en": "Ilham Aliyev",
        "ar": "إلهام علييف"
      },
      "aliases": [
        "علييف"
      ],
      "roles": [
        {
          "kind": "HEAD_OF_STATE",
          "title": {
            "en": "President of Azerbaijan",
            "ar": "الرئيس الأذربيجاني"
          },
          "country": "AZ",
          "organization": null,
          "asOf": null,
          "sources": [
            {
              "document": "002_76e874a06d3d543b",
              "start": 127,
              "end": 324,
              "claim": "Ilham Aliyev is Putin's Azerbaijani counterpart (president)",
              "figures": []
            },
            {
              "document": "002_76e874a06d3d543b",
              "start": 846,
              "end": 936,
              "claim": "The Azerbaijani president invited the Russian president to visit again",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "sergei-shoigu",
      "name": {
        "en": "Sergei Shoigu",
        "ar": "سيرغي شويغو"
      },
      "aliases": [
        "شويغو"
      ],
      "roles": [
        {
          "kind": "OFFICIAL",
          "title": {
            "en": "Secretary of the Security Council of Russia",
            "ar": "أمين مجلس الأمن الروسي"
          },
          "country": "RU",
          "organization": "Security Council of Russia",
          "asOf": null,
          "sources": [
            {
              "document": "002_76e874a06d3d543b",
              "start": 326,
              "end": 510,
              "claim": "Sergei Shoigu is secretary of Russia's Security Council and visited Baku the previous week",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "heydar-aliyev",
      "name": {
        "en": "Heydar Aliyev",
        "ar": "حيدر علييف"
      },
      "aliases": [],
      "roles": [
        {
          "kind": "OTHER",
          "title": {
            "en": "Father of the current Azerbaijani leader; played an important role in building the Baikal–Amur Mainline in the 1970s",
            "ar": "والد الزعيم الأذربيجاني الحالي"
          },
          "country": null,
          "organization": null,
          "sources": [
            {
              "document": "002_76e874a06d3d543b",
              "start": 1627,
              "end": 1734,
              "claim": "Heydar Aliyev, father of the current Azerbaijani leader, had an important role in building the BAM railway in the 1970s",
              "figures": [
                "السبعينيات"
              ]
            }
          ]
        }
      ]
    },
    {
      "id": "leonid-slutsky",
      "name": {
        "en": "Leonid Slutsky",
        "ar": "ليونيد سلوتسكي"
      },
      "aliases": [],
      "roles": [
        {
          "kind": "LEGISLATOR",
          "title": {
            "en": "Chairman of the State Duma Committee on International Affairs",
            "ar": "رئيس لجنة الشؤون الدولية بمجلس الدوما"
          },
          "country": "RU",
          "organization": "State Duma",
          "asOf": null,
          "sources": [
            {
              "document": "002_76e874a06d3d543b",
              "start": 1013,
              "end": 1150,
              "claim": "Leonid Slutsky chairs the Duma international affairs committee and says the visit shows a high level of strategic partnership",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "alexander-razuvaev",
      "name": {
        "en": "Alexander Razuvaev",
        "ar": "ألكسندر رازوفاييف"
      },
      "aliases": [
        "رازوفاييف"
      ],
      "roles": [
        {
          "kind": "EXPERT",
          "title": {
            "en": "Economist",
            "ar": "الخبير الاقتصادي"
          },
          "country": null,
          "organization": null,
          "asOf": null,
          "sources": [
            {
              "document": "002_76e874a06d3d543b",
              "start": 2091,
              "end": 2318,
              "claim": "Alexander Razuvaev, an economist, calls the North–South corridor crucial for Russian trade with the Indian Ocean basin",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "alexei-zhuravlev",
      "name": {
        "en": "Alexei Zhuravlev",
        "ar": "أليكسي جورافليف"
      },
      "aliases": [
        "جورافليف"
      ],
      "roles": [
        {
          "kind": "LEGISLATOR",
          "title": {
            "en": "First Deputy Chairman of the State Duma Defence Committee",
            "ar": "النائب الأول لرئيس لجنة مجلس الدوما للدفاع"
          },
          "country": "RU",
          "organization": "State Duma",
          "asOf": null,
          "sources": [
            {
              "document": "002_76e874a06d3d543b",
              "start": 3582,
              "end": 3844,
              "claim": "Alexei Zhuravlev is first deputy chair of the Duma defence committee and describes Russia–Azerbaijan defence cooperation",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "emmanuel-macron",
      "name": {
        "en": "Emmanuel Macron",
        "ar": "ماكرون"
      },
      "aliases": [
        "الرئيس الفرنسي"
      ],
      "roles": [
        {
          "kind": "HEAD_OF_STATE",
          "title": {
            "en": "President of France",
            "ar": "الرئيس الفرنسي"
          },
          "country": "FR",
          "organization": null,
          "asOf": null,
          "sources": [
            {
              "document": "002_76e874a06d3d543b",
              "start": 5192,
              "end": 5308,
              "claim": "Macron is named as the French president",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "alexander-tolmachev",
      "name": {
        "en": "Alexander Tolmachev",
        "ar": "ألكسندر تولماشيف"
      },
      "aliases": [
        "تولماشيف"
      ],
      "roles": [
        {
          "kind": "LEGISLATOR",
          "title": {
            "en": "State Duma deputy",
            "ar": "نائب مجلس الدوما"
          },
          "country": "RU",
          "organization": "State Duma",
          "asOf": null,
          "sources": [
            {
              "document": "002_76e874a06d3d543b",
              "start": 4754,
              "end": 4895,
              "claim": "Alexander Tolmachev is a deputy of the State Duma",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "maria-zakharova",
      "name": {
        "en": "Maria Zakharova",
        "ar": "ماريا زاخاروفا"
      },
      "aliases": [],
      "roles": [
        {
          "kind": "OFFICIAL",
          "title": {
            "en": "Representative of the (Russian) Foreign Ministry",
            "ar": "ممثلة وزارة الخارجية"
          },
          "country": "RU",
          "organization": "Ministry of Foreign Affairs of Russia",
          "asOf": null,
          "sources": [
            {
              "document": "002_76e874a06d3d543b",
              "start": 5451,
              "end": 5632,
              "claim": "Maria Zakharova, speaking for the Foreign Ministry, said Russia could host Armenia–Azerbaijan negotiations",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "alexei-fenenko",
      "name": {
        "en": "Alexei Fenenko",
        "ar": "أليكسي فينينكو"
      },
      "aliases": [
        "فينينكو",
        "فينيكو"
      ],
      "roles": [
        {
          "kind": "EXPERT",
          "title": {
            "en": "Associate professor, Department of International Security, Moscow State University",
            "ar": "الأستاذ المساعد في قسم الأمن الدولي في جامعة موسكو الحكومية"
          },
          "country": null,
          "organization": "Moscow State University",
          "asOf": null,
          "sources": [
            {
              "document": "002_76e874a06d3d543b",
              "start": 5838,
              "end": 6012,
              "claim": "Alexei Fenenko is an associate professor of international security at Moscow State University",
              "figures": []
            }
          ]
        }
      ]
    }
  ],
  "agreements": [
    {
      "id": "az-ru-joint-statement-putin-visit-baku",
      "kind": "JOINT_STATEMENT",
      "title": {
        "en": "Russia–Azerbaijan joint statement during Putin's visit to Baku",
        "ar": "بيان مشترك"
      },
      "parties": [
        "AZ",
        "RU"
      ],
      "status": "PLANNED",
      "signedOn": [],
      "event": "putin-state-visit-baku-august",
      "signatories": [
        "vladimir-putin",
        "ilham-aliyev"
      ],
      "summary": "Putin and Aliyev were to make a joint statement during the 18–19 August state visit; the year is not stated, so no date claim is recorded.",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 127,
          "end": 324,
          "claim": "Putin and Aliyev are to issue a joint statement during the Baku visit",
          "figures": []
        }
      ]
    },
    {
      "id": "az-ru-intergovernmental-documents-putin-visit-baku",
      "kind": "AGREEMENT",
      "title": {
        "en": "Intergovernmental documents to be signed during Putin's visit to Baku",
        "ar": "الوثائق الحكومية الدولية"
      },
      "parties": [
        "AZ",
        "RU"
      ],
      "status": "PLANNED",
      "signedOn": [],
      "event": "putin-state-visit-baku-august",
      "signatories": [],
      "summary": "Intergovernmental documents were to be signed at the Putin–Aliyev meeting in Baku; no titles, signatories or year are given.",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 127,
          "end": 324,
          "claim": "Intergovernmental documents are to be signed during Putin's visit to Baku",
          "figures": []
        }
      ]
    },
    {
      "id": "az-ru-putin-aliyev-agreements",
      "kind": "OTHER",
      "nature": "STATEMENT",
      "title": {
        "en": "Agreements reached between Ilham Aliyev and Vladimir Putin",
        "ar": "الاتفاقيات التي تم التوصل إليها مع بوتين"
      },
      "parties": [
        "AZ",
        "RU"
      ],
      "status": "UNKNOWN",
      "signedOn": [],
      "signatories": [],
      "summary": "Zhuravlev says Aliyev abides by the agreements reached with Putin; the agreements are not named or dated.",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 4316,
          "end": 4410,
          "claim": "According to Zhuravlev, Aliyev adheres to the agreements reached with Putin",
          "figures": []
        }
      ]
    },
    {
      "id": "eurasian-single-economic-zone-proposal",
      "kind": "OTHER",
      "nature": "PROPOSAL",
      "title": {
        "en": "Proposed single Eurasian economic zone ('Eurasian euro')",
        "ar": "منطقة اقتصادية واحدة / اليورو الأوراسي"
      },
      "parties": [
        "RU",
        "BY",
        "KZ",
        "AZ",
        "TR",
        "UZ",
        "IR"
      ],
      "status": "UNKNOWN",
      "signedOn": [],
      "signatories": [],
      "summary": "An idea voiced by economist Razuvaev, not an existing agreement: a single economy of 300 million people with a conditional 'Eurasian euro' zone.",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 2490,
          "end": 2631,
          "claim": "Razuvaev says Azerbaijan and other Eurasian states should form a single economic zone",
          "figures": []
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 2711,
          "end": 2841,
          "claim": "Razuvaev names Belarus, Kazakhstan, Azerbaijan, Turkey, Uzbekistan and Iran for a 'Eurasian euro' zone",
          "figures": []
        }
      ]
    },
    {
      "id": "am-nato-military-programmes",
      "kind": "PROGRAM",
      "title": {
        "en": "Armenia's military programmes with NATO",
        "ar": "البرامج العسكرية مع التحالف"
      },
      "parties": [
        "AM"
      ],
      "status": "UNKNOWN",
      "signedOn": [],
      "signatories": [],
      "summary": "Fenenko says Armenia has a number of military programmes with NATO and has become a key NATO partner in the Caucasus; no details or dates.",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 6339,
          "end": 6457,
          "claim": "Armenia has several military programmes with NATO and has become a key NATO partner in the Caucasus",
          "figures": []
        }
      ]
    },
    {
      "id": "collective-security-treaty-organization",
      "kind": "OTHER",
      "title": {
        "en": "Collective Security Treaty Organization (CSTO)",
        "ar": "منظمة معاهدة الأمن الجماعي"
      },
      "parties": [
        "AM"
      ],
      "status": "UNKNOWN",
      "signedOn": [],
      "signatories": [],
      "summary": "Mentioned as one of the Eurasian structures the West is trying to pull Armenia (Yerevan) away from; no members list or dates given.",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 6459,
          "end": 6563,
          "claim": "The West is betting on Yerevan to distance it from Eurasian structures including the CSTO",
          "figures": []
        }
      ]
    },
    {
      "id": "az-ru-gabala-radar-joint-proposal",
      "kind": "OTHER",
      "nature": "PROPOSAL",
      "title": {
        "en": "Joint Russian–Azerbaijani proposal to use the Gabala radar station instead of NATO systems in Poland and the Czech Republic",
        "ar": "اقترحت موسكو وباكو بشكل مشترك استخدام محطة غابالا"
      },
      "parties": [
        "AZ",
        "RU"
      ],
      "status": "UNKNOWN",
      "signedOn": [],
      "signatories": [],
      "summary": "Per Zhuravlev, when NATO meant to install its systems in Poland and the Czech Republic (mid-2000s), Moscow and Baku jointly proposed using the Gabala station instead; what became of it is not said.",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 3919,
          "end": 4159,
          "claim": "Zhuravlev: the Gabala radar dates from the mid-2000s, when NATO planned systems in Poland and Czechia",
          "figures": []
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 4160,
          "end": 4230,
          "claim": "Moscow and Baku then jointly proposed using the Gabala station instead",
          "figures": []
        }
      ]
    }
  ],
  "indicators": [
    {
      "id": "az-ru-trade-turnover-2023",
      "metric": "TRADE_TURNOVER",
      "kind": "ACTUAL",
      "value": 4400000000,
      "unit": "USD",
      "year": 2023,
      "changePercent": 17.5,
      "label": "Russia–Azerbaijan trade turnover in 2023, up 17.5% to $4.4 billion",
      "countries": [
        "AZ",
        "RU"
      ],
      "basisNote": "The text says 'السنة الماضية' (last year); the same sentence ties the figures to end-2023 data of Azerbaijan's State Customs Committee, so the year is 2023.",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 2883,
          "end": 3120,
          "claim": "Azerbaijan–Russia trade rose 17.5% last year to $4.4 billion; customs data at end-2023",
          "figures": [
            "17.5",
            "4.4",
            "2023"
          ]
        }
      ]
    },
    {
      "id": "az-ru-trade-rank-2023",
      "metric": "TRADE_RANK",
      "kind": "ACTUAL",
      "value": 3,
      "unit": "RANK",
      "year": 2023,
      "label": "Russia's rank among Azerbaijan's trading partners at the end of 2023 (third), per Azerbaijan's State Customs Committee",
      "countries": [
        "AZ",
        "RU"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 2883,
          "end": 3120,
          "claim": "At the end of 2023 Russia was Azerbaijan's third-largest trading partner, per the State Customs Committee",
          "figures": [
            "الثالث",
            "2023"
          ]
        }
      ]
    },
    {
      "id": "az-by-ir-kz-ru-tr-uz-eurasian-economy-population",
      "metric": "MARKET_POPULATION",
      "kind": "FORECAST",
      "value": 300000000,
      "unit": "PEOPLE",
      "year": null,
      "label": "Population of the sovereign single Eurasian economy an economist envisages (300 million people)",
      "countries": [
        "AZ",
        "BY",
        "IR",
        "KZ",
        "RU",
        "TR",
        "UZ"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 2673,
          "end": 2710,
          "claim": "Razuvaev says a sovereign economy of 300 million people would emerge",
          "figures": [
            "300"
          ]
        }
      ]
    }
  ],
  "events": [
    {
      "id": "putin-state-visit-baku-august",
      "kind": "STATE_VISIT",
      "title": {
        "en": "Vladimir Putin's state visit to Azerbaijan (Baku), 18–19 August (year not stated)",
        "ar": "زيارة الدولة التي سيقوم بها بوتين إلى أذربيجان"
      },
      "dates": [
        {
          "start": {
            "year": 2024,
            "month": 8,
            "day": 18
          },
          "end": {
            "year": 2024,
            "month": 8,
            "day": 19
          },
          "basis": "INFERRED",
          "basisNote": "The article prints no year, but its content fixes it: the trade it gives for 'السنة الماضية' (last year) is the end-2023 data of Azerbaijan's State Customs Committee ('في نهاية سنة 2023', [2883, 3120)), so it writes in 2024; it also speaks of the 2024 Olympics' scandals in the past tense ([5040, 5190)). The visit is on 18 and 19 August 'الحالي' (this month), the month the article appeared: 18–19 August 2024.",
          "source": {
            "document": "002_76e874a06d3d543b",
            "start": 549,
            "end": 658,
            "claim": "The Kremlin announced Putin's state visit to Azerbaijan on 18 and 19 August of the current month",
            "figures": [
              "18",
              "19"
            ]
          }
        }
      ],
      "place": {
        "country": "AZ",
        "city": {
          "en": "Baku",
          "ar": "باكو"
        }
      },
      "countries": [
        "AZ",
        "RU"
      ],
      "participants": [
        "vladimir-putin",
        "ilham-aliyev"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 127,
          "end": 324,
          "claim": "Putin's visit to Baku began; he is to meet Aliyev, make a joint statement and sign intergovernmental documents",
          "figures": []
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 549,
          "end": 658,
          "claim": "The Kremlin announced Putin's state visit to Azerbaijan on 18 and 19 August of the current month",
          "figures": [
            "18",
            "19"
          ]
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 659,
          "end": 787,
          "claim": "The talks agenda covers the partnership and strategic alliance relations and regional and international issues",
          "figures": []
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 1013,
          "end": 1150,
          "claim": "Slutsky says the announced visit confirms the high level of Moscow–Baku strategic partnership",
          "figures": []
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 1440,
          "end": 1527,
          "claim": "Putin's visit continues a series of Russia–Azerbaijan summits",
          "figures": []
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 846,
          "end": 936,
          "claim": "After the 2018 visit the Azerbaijani president invited Putin to visit again at a suitable time",
          "figures": []
        }
      ]
    },
    {
      "id": "shoigu-visit-baku",
      "kind": "VISIT",
      "title": {
        "en": "Sergei Shoigu's visit to Baku the week before Putin's visit",
        "ar": "زيارة سيرغي شويغو إلى باكو"
      },
      "dates": [
        {
          "start": {
            "year": 2024
          },
          "basis": "INFERRED",
          "basisNote": "The article prints no year, but its content fixes it: the trade it gives for 'السنة الماضية' (last year) is the end-2023 data of Azerbaijan's State Customs Committee ('في نهاية سنة 2023', [2883, 3120)), so it writes in 2024; it also speaks of the 2024 Olympics' scandals in the past tense ([5040, 5190)). 'في الأسبوع الماضي' (last week), the week before an August 2024 report, falls in 2024; the month is not fixed (the report's day is not given, so the week may reach back into July).",
          "source": {
            "document": "002_76e874a06d3d543b",
            "start": 326,
            "end": 510,
            "claim": "Russian Security Council secretary Shoigu visited Baku last week and warned of Western threats to South Caucasus security",
            "figures": []
          }
        }
      ],
      "place": {
        "country": "AZ",
        "city": {
          "en": "Baku",
          "ar": "باكو"
        }
      },
      "countries": [
        "AZ",
        "RU"
      ],
      "participants": [
        "sergei-shoigu"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 326,
          "end": 510,
          "claim": "Russian Security Council secretary Shoigu visited Baku last week and warned of Western threats to South Caucasus security",
          "figures": []
        }
      ]
    },
    {
      "id": "putin-visit-baku-2018-09",
      "kind": "VISIT",
      "title": {
        "en": "Vladimir Putin's previous visit to Baku, September 2018",
        "ar": "آخر مرة زار فيها بوتين باكو"
      },
      "dates": [
        {
          "start": {
            "year": 2018,
            "month": 9
          },
          "basis": "STATED",
          "source": {
            "document": "002_76e874a06d3d543b",
            "start": 789,
            "end": 845,
            "claim": "Putin last visited Baku in September 2018",
            "figures": [
              "2018"
            ]
          }
        }
      ],
      "place": {
        "country": "AZ",
        "city": {
          "en": "Baku",
          "ar": "باكو"
        }
      },
      "countries": [
        "AZ",
        "RU"
      ],
      "participants": [
        "vladimir-putin"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 789,
          "end": 845,
          "claim": "Putin last visited Baku in September 2018",
          "figures": [
            "2018"
          ]
        }
      ]
    },
    {
      "id": "aliyev-visit-moscow-bam-anniversary",
      "kind": "VISIT",
      "title": {
        "en": "Ilham Aliyev's visit to Moscow at the end of April for the 50th anniversary of the Baikal–Amur Mainline (year not stated)",
        "ar": "زيارة علييف إلى موسكو لإحياء الذكرى الخمسين لبناء خط بايكال آمور الرئيسي"
      },
      "dates": [
        {
          "start": {
            "year": 2024,
            "month": 4
          },
          "basis": "INFERRED",
          "basisNote": "The article prints no year, but its content fixes it: the trade it gives for 'السنة الماضية' (last year) is the end-2023 data of Azerbaijan's State Customs Committee ('في نهاية سنة 2023', [2883, 3120)), so it writes in 2024; it also speaks of the 2024 Olympics' scandals in the past tense ([5040, 5190)). 'نهاية نيسان/ أبريل الماضي' (the end of last April), written in August 2024, is April 2024.",
          "source": {
            "document": "002_76e874a06d3d543b",
            "start": 1528,
            "end": 1626,
            "claim": "At the end of last April Aliyev visited Moscow to mark the 50th anniversary of building the Baikal–Amur Mainline",
            "figures": [
              "الخمسين"
            ]
          }
        }
      ],
      "place": {
        "country": "RU",
        "city": {
          "en": "Moscow",
          "ar": "موسكو"
        }
      },
      "countries": [
        "AZ",
        "RU"
      ],
      "participants": [
        "ilham-aliyev"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 1528,
          "end": 1626,
          "claim": "At the end of last April Aliyev visited Moscow to mark the 50th anniversary of building the Baikal–Amur Mainline",
          "figures": [
            "الخمسين"
          ]
        }
      ]
    },
    {
      "id": "sco-summit-astana-july",
      "kind": "SUMMIT",
      "title": {
        "en": "Shanghai Cooperation Organisation summit in Astana, July (year not stated)",
        "ar": "قمة منظمة شنغهاي للتعاون في أستانا"
      },
      "dates": [
        {
          "start": {
            "year": 2024,
            "month": 7
          },
          "basis": "INFERRED",
          "basisNote": "The article prints no year, but its content fixes it: the trade it gives for 'السنة الماضية' (last year) is the end-2023 data of Azerbaijan's State Customs Committee ('في نهاية سنة 2023', [2883, 3120)), so it writes in 2024; it also speaks of the 2024 Olympics' scandals in the past tense ([5040, 5190)). 'تموز/ يوليو الماضي' (last July), written in August 2024, is July 2024.",
          "source": {
            "document": "002_76e874a06d3d543b",
            "start": 1736,
            "end": 1821,
            "claim": "Putin and Aliyev met again last July at the SCO summit in Astana",
            "figures": []
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
        "KZ",
        "RU",
        "AZ"
      ],
      "participants": [
        "vladimir-putin",
        "ilham-aliyev"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 1736,
          "end": 1821,
          "claim": "Putin and Aliyev met again last July at the SCO summit in Astana",
          "figures": []
        }
      ]
    },
    {
      "id": "putin-aliyev-meeting-astana-july",
      "kind": "MEETING",
      "title": {
        "en": "Putin–Aliyev meeting on the sidelines of the SCO summit in Astana, July (year not stated)",
        "ar": "لقاء بوتين وعلييف في قمة منظمة شنغهاي للتعاون في أستانا"
      },
      "dates": [
        {
          "start": {
            "year": 2024,
            "month": 7
          },
          "basis": "INFERRED",
          "basisNote": "The article prints no year, but its content fixes it: the trade it gives for 'السنة الماضية' (last year) is the end-2023 data of Azerbaijan's State Customs Committee ('في نهاية سنة 2023', [2883, 3120)), so it writes in 2024; it also speaks of the 2024 Olympics' scandals in the past tense ([5040, 5190)). 'تموز/ يوليو الماضي' (last July), written in August 2024, is July 2024.",
          "source": {
            "document": "002_76e874a06d3d543b",
            "start": 1736,
            "end": 1821,
            "claim": "Putin and Aliyev met again last July at the SCO summit in Astana",
            "figures": []
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
        "RU"
      ],
      "participants": [
        "vladimir-putin",
        "ilham-aliyev"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 1736,
          "end": 2028,
          "claim": "At the Astana SCO summit Putin and Aliyev noted growing trade ties and discussed expanding North–South corridor infrastructure",
          "figures": []
        }
      ]
    },
    {
      "id": "macron-visit-armenia-planned",
      "kind": "VISIT",
      "title": {
        "en": "Reported planned visit of French President Macron to Armenia on 21 September (year not stated)",
        "ar": "اعتزام الرئيس الفرنسي زيارة أرمينيا في 21 أيلول/سبتمبر"
      },
      "dates": [
        {
          "start": {
            "year": 2024,
            "month": 9,
            "day": 21
          },
          "basis": "INFERRED",
          "basisNote": "The article prints no year, but its content fixes it: the trade it gives for 'السنة الماضية' (last year) is the end-2023 data of Azerbaijan's State Customs Committee ('في نهاية سنة 2023', [2883, 3120)), so it writes in 2024; it also speaks of the 2024 Olympics' scandals in the past tense ([5040, 5190)). The French president's intended visit on 21 September, reported in August 2024 as still to come, is 21 September 2024.",
          "source": {
            "document": "002_76e874a06d3d543b",
            "start": 4458,
            "end": 4630,
            "claim": "Unofficial reports from Armenia said the French president intends to visit Armenia on 21 September",
            "figures": [
              "21"
            ]
          }
        }
      ],
      "place": {
        "country": "AM",
        "city": null
      },
      "countries": [
        "AM",
        "FR"
      ],
      "participants": [
        "emmanuel-macron"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 4458,
          "end": 4630,
          "claim": "Unofficial reports from Armenia said the French president intends to visit Armenia on 21 September",
          "figures": [
            "21"
          ]
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 4631,
          "end": 4697,
          "claim": "The trip's stated purpose is to show support for Armenia's sovereignty",
          "figures": []
        }
      ]
    },
    {
      "id": "aliyev-statement-relations-with-russia",
      "kind": "OTHER",
      "title": {
        "en": "Ilham Aliyev's statement, the week before, calling relations with Russia an example for neighbouring states",
        "ar": "وصف علييف العلاقات مع روسيا بأنها مثال للدول المجاورة"
      },
      "dates": [
        {
          "start": {
            "year": 2024
          },
          "basis": "INFERRED",
          "basisNote": "The article prints no year, but its content fixes it: the trade it gives for 'السنة الماضية' (last year) is the end-2023 data of Azerbaijan's State Customs Committee ('في نهاية سنة 2023', [2883, 3120)), so it writes in 2024; it also speaks of the 2024 Olympics' scandals in the past tense ([5040, 5190)). 'في الأسبوع الماضي' (last week), the week before an August 2024 report, falls in 2024; the month is not fixed (the report's day is not given, so the week may reach back into July).",
          "source": {
            "document": "002_76e874a06d3d543b",
            "start": 937,
            "end": 1011,
            "claim": "Last week Aliyev described relations with Russia as an example for neighbouring countries",
            "figures": []
          }
        }
      ],
      "place": null,
      "countries": [
        "AZ",
        "RU"
      ],
      "participants": [
        "ilham-aliyev"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 937,
          "end": 1011,
          "claim": "Last week Aliyev described relations with Russia as an example for neighbouring countries",
          "figures": []
        }
      ]
    },
    {
      "id": "zakharova-statement-armenia-azerbaijan-talks-july",
      "kind": "OTHER",
      "title": {
        "en": "Maria Zakharova's July statement that Russia could host Armenia–Azerbaijan negotiations (year not stated)",
        "ar": "تصريح ماريا زاخاروفا حول استضافة روسيا للمفاوضات بين أرمينيا وأذربيجان"
      },
      "dates": [
        {
          "start": {
            "year": 2024,
            "month": 7
          },
          "basis": "INFERRED",
          "basisNote": "The article prints no year, but its content fixes it: the trade it gives for 'السنة الماضية' (last year) is the end-2023 data of Azerbaijan's State Customs Committee ('في نهاية سنة 2023', [2883, 3120)), so it writes in 2024; it also speaks of the 2024 Olympics' scandals in the past tense ([5040, 5190)). 'تموز/ يوليو الماضي' (last July), written in August 2024, is July 2024.",
          "source": {
            "document": "002_76e874a06d3d543b",
            "start": 5451,
            "end": 5632,
            "claim": "Zakharova said last July that Russia could be the venue for Armenia–Azerbaijan talks to settle their conflict",
            "figures": []
          }
        }
      ],
      "place": null,
      "countries": [
        "RU",
        "AM",
        "AZ"
      ],
      "participants": [
        "maria-zakharova"
      ],
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 5451,
          "end": 5632,
          "claim": "Zakharova said last July that Russia could be the venue for Armenia–Azerbaijan talks to settle their conflict",
          "figures": []
        }
      ]
    }
  ],
  "corridors": [
    {
      "id": "north-south-corridor",
      "kind": "MULTIMODAL",
      "name": {
        "en": "North–South transport corridor",
        "ar": "ممر النقل \"شمال جنوب\""
      },
      "aliases": [
        "شمال جنوب",
        "ممر شمال جنوب"
      ],
      "countries": [
        "RU",
        "AZ",
        "IR",
        "IN"
      ],
      "status": "UNDER_CONSTRUCTION",
      "dates": [],
      "summary": "Meant to link Russia (St Petersburg) with Iran and India by rail through Azerbaijan; launch depends on building a rail section in Iran, hoped for by 'the end of this year' (year not stated, so not dated).",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 1736,
          "end": 2028,
          "claim": "Putin and Aliyev discussed expanding North–South corridor infrastructure; it is to link Russia with Iran and India via Azerbaijan",
          "figures": []
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 2091,
          "end": 2318,
          "claim": "Razuvaev calls the North–South corridor the best rail route linking St Petersburg with India and Iran",
          "figures": []
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 2320,
          "end": 2488,
          "claim": "Launching the project needs a rail section in Iran, hoped to be built by the end of this year",
          "figures": []
        }
      ]
    },
    {
      "id": "north-south-corridor-iran-rail-section",
      "kind": "RAIL",
      "name": {
        "en": "Iranian railway section of the North–South corridor",
        "ar": "قسم السكك الحديدية في إيران"
      },
      "aliases": [],
      "countries": [
        "IR"
      ],
      "status": "UNDER_CONSTRUCTION",
      "dates": [],
      "summary": "Rail section in Iran needed to launch the North–South project; completion hoped for by the end of 'this year' (year not stated).",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 2320,
          "end": 2488,
          "claim": "A railway section in Iran must be built to launch the North–South project, hoped by the end of this year",
          "figures": []
        }
      ]
    },
    {
      "id": "baikal-amur-mainline",
      "kind": "RAIL",
      "name": {
        "en": "Baikal–Amur Mainline",
        "ar": "خط بايكال آمور الرئيسي"
      },
      "aliases": [
        "BAM"
      ],
      "countries": [
        "RU"
      ],
      "status": "UNKNOWN",
      "dates": [
        {
          "start": {
            "year": 1970
          },
          "end": {
            "year": 1979
          },
          "basis": "STATED",
          "basisNote": "The text says the line was built 'in the seventies' (السبعينيات); encoded as the decade 1970–1979.",
          "source": {
            "document": "002_76e874a06d3d543b",
            "start": 1627,
            "end": 1734,
            "claim": "The Baikal–Amur Mainline was built in the 1970s, with Heydar Aliyev playing an important role",
            "figures": [
              "السبعينيات"
            ]
          }
        }
      ],
      "summary": "Railway whose construction Heydar Aliyev helped in the 1970s; Ilham Aliyev visited Moscow for its 50th anniversary.",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 1528,
          "end": 1626,
          "claim": "Aliyev visited Moscow for the 50th anniversary of building the Baikal–Amur Mainline",
          "figures": [
            "الخمسين"
          ]
        }
      ]
    },
    {
      "id": "gabala-radar-station",
      "kind": "OTHER",
      "name": {
        "en": "Gabala radar station",
        "ar": "محطة رادار غابالا"
      },
      "aliases": [
        "محطة غابالا"
      ],
      "countries": [
        "AZ",
        "RU"
      ],
      "status": "UNKNOWN",
      "dates": [],
      "summary": "Radar station in Azerbaijan cited as Russia–Azerbaijan security cooperation; in the mid-2000s Moscow and Baku jointly proposed using it instead of NATO systems planned for Poland and Czechia.",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 3919,
          "end": 4159,
          "claim": "The Gabala radar station is an example of security cooperation, dating to the mid-2000s NATO plans for Poland and Czechia",
          "figures": []
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 4160,
          "end": 4230,
          "claim": "Moscow and Baku jointly proposed using the Gabala station instead",
          "figures": []
        }
      ]
    }
  ],
  "tradeFlows": [
    {
      "id": "az-ru-agricultural-exports",
      "kind": "GOODS",
      "from": "AZ",
      "to": "RU",
      "items": [
        "agricultural products",
        "fruits",
        "vegetables"
      ],
      "companies": [],
      "label": "Azerbaijan traditionally supplies Russia with agricultural products; Russia is the main consumer of Azerbaijani fruits and vegetables",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 3122,
          "end": 3250,
          "claim": "Traditionally Azerbaijan supplies Russia with farm produce; Russia is the main buyer of Azerbaijani fruit and vegetables",
          "figures": []
        }
      ]
    },
    {
      "id": "az-ru-industrial-goods-exports",
      "kind": "GOODS",
      "from": "AZ",
      "to": "RU",
      "items": [
        "cars",
        "electronics",
        "household appliances"
      ],
      "companies": [],
      "label": "Under sanctions, Azerbaijan began diversifying its exports to Russia to industrial goods such as cars, electronics and household appliances",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 3251,
          "end": 3381,
          "claim": "Under sanctions Azerbaijan began widening its exports to Russia to industrial goods: cars, electronics, home appliances",
          "figures": []
        }
      ]
    },
    {
      "id": "ru-az-oil-gas-companies",
      "kind": "COMPANIES",
      "from": "RU",
      "to": "AZ",
      "items": [
        "oil",
        "gas"
      ],
      "companies": [
        "Gazprom",
        "Rosneft"
      ],
      "label": "Russia's largest oil and gas companies, such as Gazprom and Rosneft, work in Azerbaijan; fuel and energy cooperation plays a special role",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 3383,
          "end": 3539,
          "claim": "Fuel and energy cooperation plays a special role: Russia's biggest oil and gas firms, e.g. Gazprom and Rosneft, operate in Azerbaijan",
          "figures": []
        }
      ]
    },
    {
      "id": "ru-az-arms-supplies",
      "kind": "ARMS",
      "from": "RU",
      "to": "AZ",
      "items": [
        "arms"
      ],
      "companies": [],
      "label": "Moscow is one of the main arms suppliers to Baku; per Zhuravlev the trade in this industry is estimated at billions of dollars",
      "sources": [
        {
          "document": "002_76e874a06d3d543b",
          "start": 3724,
          "end": 3844,
          "claim": "Per Zhuravlev the two cooperate in all sectors including defence, Moscow being one of Baku's main arms suppliers",
          "figures": []
        },
        {
          "document": "002_76e874a06d3d543b",
          "start": 3845,
          "end": 3917,
          "claim": "Zhuravlev stresses that trade in this (arms) industry is estimated at billions of dollars",
          "figures": []
        }
      ]
    }
  ]
} satisfies DocumentFileInput;
