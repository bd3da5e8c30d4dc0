import type { DocumentFileInput } from "../../src/schema";

export default {
  "document": {
    "id": "003_007ff72cf0dcd156",
    "title": {
      "en": "Tajikistan's relationship with America: between realism and a risk-laden interest",
      "ar": "علاقة طاجيسكتان مع أمريكا؛ بين الواقعية والمصلحة المحفوفة بالمخاطر"
    },
    "publisher": null,
    "publishedOn": {
      "year": 2023,
      "month": 4,
      "day": 20
    },
    "publishedOnNote": "Article header line 'ابريل 20, 2023 - 14:40' (20 April 2023, 14:40); the publisher is not named in the text",
    "author": "Majd Issa",
    "authorAr": "مجد عيسى",
    "sources": [
      {
        "document": "003_007ff72cf0dcd156",
        "start": 0,
        "end": 66,
        "claim": "Article title: Tajikistan's relations with America between realism and risky interest",
        "figures": []
      },
      {
        "document": "003_007ff72cf0dcd156",
        "start": 70,
        "end": 92,
        "claim": "The article is dated 20 April 2023 at 14:40",
        "figures": [
          "20",
          "2023",
          "14:40"
        ]
      },
      {
        "document": "003_007ff72cf0dcd156",
        "start": 5187,
        "end": 5195,
        "claim": "The article is signed by Majd Issa",
        "figures": []
      }
    ]
  },
  "countries": [
    {
      "code": "TJ",
      "spellings": [
        "طاجيسكتان",
        "طاجيكستان"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 0,
          "end": 66,
          "claim": "The title names Tajikistan (misspelled طاجيسكتان) and its ties with America",
          "figures": []
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 750,
          "end": 957,
          "claim": "Blinken sought stronger US cooperation with Central Asia, especially Tajikistan",
          "figures": []
        }
      ]
    },
    {
      "code": "US",
      "spellings": [
        "أمريكا",
        "الولايات المتحدة",
        "واشنطن"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 164,
          "end": 253,
          "claim": "US relations with Central Asian states have been complex in practice despite simple aims",
          "figures": []
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 439,
          "end": 640,
          "claim": "A pattern of Washington's behaviour can be drawn after three decades of relations with the region",
          "figures": [
            "ثلاثة"
          ]
        }
      ]
    },
    {
      "code": "RU",
      "spellings": [
        "روسيا",
        "موسكو"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 254,
          "end": 437,
          "claim": "The US approach to Central Asia is tied to its competitive stance towards Russia and China",
          "figures": []
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
          "document": "003_007ff72cf0dcd156",
          "start": 254,
          "end": 437,
          "claim": "The US view of Central Asia is merged with a competitive, sometimes hostile approach to China",
          "figures": []
        }
      ]
    },
    {
      "code": "UA",
      "spellings": [
        "أوكرانيا"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 439,
          "end": 640,
          "claim": "The war in Ukraine and US-Russia tensions frame US conduct in Central Asia",
          "figures": [
            "ثلاثة"
          ]
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
          "document": "003_007ff72cf0dcd156",
          "start": 642,
          "end": 749,
          "claim": "Blinken visited Kazakhstan and Uzbekistan last February",
          "figures": [
            "فبراير"
          ]
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
          "document": "003_007ff72cf0dcd156",
          "start": 642,
          "end": 749,
          "claim": "Blinken's recent visit took him to Uzbekistan as well as Kazakhstan",
          "figures": [
            "فبراير"
          ]
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
          "document": "003_007ff72cf0dcd156",
          "start": 1361,
          "end": 1742,
          "claim": "Lavrov spoke at a press conference after the G20 ministerial meeting in India",
          "figures": [
            "العشرين"
          ]
        }
      ]
    },
    {
      "code": "GB",
      "spellings": [
        "البريطانيين"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 1361,
          "end": 1742,
          "claim": "Lavrov said the British, too, are increasingly active in CIS countries",
          "figures": [
            "العشرين"
          ]
        }
      ]
    },
    {
      "code": "AF",
      "spellings": [
        "أفغانستان"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 4468,
          "end": 4611,
          "claim": "Tajikistan shares a border of more than 1400 km with Afghanistan",
          "figures": [
            "1400"
          ]
        }
      ]
    },
    {
      "code": "KG",
      "spellings": [
        "قيرغيزستان"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 4612,
          "end": 4796,
          "claim": "The US needs Kyrgyzstan among others to keep a role in Afghanistan and Central Asia",
          "figures": []
        }
      ]
    },
    {
      "code": "PK",
      "spellings": [
        "باكستان"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 4612,
          "end": 4796,
          "claim": "The US needs Pakistan among others to keep a role in Afghan and Central Asian affairs",
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
          "document": "003_007ff72cf0dcd156",
          "start": 4612,
          "end": 4796,
          "claim": "The US needs Turkmenistan among others to keep a role in the region",
          "figures": []
        }
      ]
    }
  ],
  "people": [
    {
      "id": "antony-blinken",
      "name": {
        "en": "Antony Blinken",
        "ar": "أنتوني بلينكين"
      },
      "aliases": [
        "بلينكن"
      ],
      "roles": [
        {
          "kind": "MINISTER",
          "title": {
            "en": "US Secretary of State",
            "ar": "وزير الخارجية الأمريكي"
          },
          "country": "US",
          "organization": "US Department of State",
          "asOf": {
            "year": 2023,
            "month": 4,
            "day": 20
          },
          "sources": [
            {
              "document": "003_007ff72cf0dcd156",
              "start": 750,
              "end": 957,
              "claim": "US Secretary of State Antony Blinken met Tajikistan's foreign minister in Astana",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "sergey-lavrov",
      "name": {
        "en": "Sergey Lavrov",
        "ar": "سيرغي لافروف"
      },
      "aliases": [
        "لافروف",
        "Sergei Lavrov"
      ],
      "roles": [
        {
          "kind": "MINISTER",
          "title": {
            "en": "Foreign Minister of Russia",
            "ar": "وزير الخارجية الروسي"
          },
          "country": "RU",
          "organization": "Russian Ministry of Foreign Affairs",
          "asOf": {
            "year": 2023,
            "month": 4,
            "day": 20
          },
          "sources": [
            {
              "document": "003_007ff72cf0dcd156",
              "start": 1190,
              "end": 1359,
              "claim": "Russian Foreign Minister Sergey Lavrov said US activity in CIS states aims to turn them from Russia",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "thomas-west",
      "name": {
        "en": "Thomas West",
        "ar": "توماس ويست"
      },
      "aliases": [],
      "roles": [
        {
          "kind": "DIPLOMAT",
          "title": {
            "en": "US Special Representative for Afghanistan",
            "ar": "الممثل الأمريكي الخاص لأفغانستان"
          },
          "country": "US",
          "organization": null,
          "asOf": {
            "year": 2023,
            "month": 4,
            "day": 20
          },
          "sources": [
            {
              "document": "003_007ff72cf0dcd156",
              "start": 2230,
              "end": 2464,
              "claim": "Thomas West, US special representative for Afghanistan, met Tajik officials more often over the past year",
              "figures": [
                "تضاعف"
              ]
            }
          ]
        }
      ]
    },
    {
      "id": "donald-lu",
      "name": {
        "en": "Donald Lu",
        "ar": "دونالد لو"
      },
      "aliases": [],
      "roles": [
        {
          "kind": "OFFICIAL",
          "title": {
            "en": "US Assistant Secretary of State",
            "ar": "مساعد وزيرة الخارجية الأمريكية"
          },
          "country": "US",
          "organization": "US Department of State",
          "asOf": {
            "year": 2023,
            "month": 4,
            "day": 20
          },
          "sources": [
            {
              "document": "003_007ff72cf0dcd156",
              "start": 2230,
              "end": 2464,
              "claim": "Donald Lu, assistant to the US Secretary of State, had more meetings with Tajik officials",
              "figures": [
                "تضاعف"
              ]
            }
          ]
        }
      ]
    },
    {
      "id": "michael-kurilla",
      "name": {
        "en": "Michael Kurilla",
        "ar": "مايكل كوريل"
      },
      "aliases": [
        "كوريلا",
        "Michael Erik Kurilla"
      ],
      "roles": [
        {
          "kind": "MILITARY",
          "title": {
            "en": "General, Commander of US Central Command",
            "ar": "قائد الأركان المركزية للقوات المسلحة الأمريكية"
          },
          "country": "US",
          "organization": "US Central Command",
          "asOf": {
            "year": 2023,
            "month": 4,
            "day": 20
          },
          "sources": [
            {
              "document": "003_007ff72cf0dcd156",
              "start": 2230,
              "end": 2464,
              "claim": "General Michael Kurilla, head of US Central Command, met Tajik officials more often",
              "figures": [
                "تضاعف"
              ]
            },
            {
              "document": "003_007ff72cf0dcd156",
              "start": 3457,
              "end": 3748,
              "claim": "General Kurilla gave the figure for US security aid to Tajikistan",
              "figures": [
                "330",
                "20"
              ]
            }
          ]
        }
      ]
    },
    {
      "id": "emomali-rahmon",
      "name": {
        "en": "Emomali Rahmon",
        "ar": "امامعلي رحمان"
      },
      "aliases": [],
      "roles": [
        {
          "kind": "HEAD_OF_STATE",
          "title": {
            "en": "President of Tajikistan",
            "ar": "الرئيس الطاجيكي"
          },
          "country": "TJ",
          "organization": null,
          "asOf": {
            "year": 2023,
            "month": 4,
            "day": 20
          },
          "sources": [
            {
              "document": "003_007ff72cf0dcd156",
              "start": 4097,
              "end": 4248,
              "claim": "The Tajik government is referred to as the government of Emomali Rahmon",
              "figures": []
            },
            {
              "document": "003_007ff72cf0dcd156",
              "start": 4798,
              "end": 4962,
              "claim": "The Tajik president seeks to consolidate his power by manoeuvring between the US and Russia",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "majd-issa",
      "name": {
        "en": "Majd Issa",
        "ar": "مجد عيسى"
      },
      "aliases": [],
      "roles": [
        {
          "kind": "AUTHOR",
          "title": {
            "en": "Author of the article",
            "ar": "كاتب المقال"
          },
          "country": null,
          "organization": null,
          "asOf": {
            "year": 2023,
            "month": 4,
            "day": 20
          },
          "sources": [
            {
              "document": "003_007ff72cf0dcd156",
              "start": 5187,
              "end": 5195,
              "claim": "Majd Issa signs the article",
              "figures": []
            }
          ]
        }
      ]
    }
  ],
  "agreements": [
    {
      "id": "us-tajikistan-security-assistance",
      "kind": "PROGRAM",
      "title": {
        "en": "US security assistance to Tajikistan",
        "ar": "مساعدات مالية لطاجيكستان في مجال الأمن"
      },
      "parties": [
        "US",
        "TJ"
      ],
      "status": "IN_FORCE",
      "signedOn": [],
      "signatories": [],
      "summary": "Since political relations began, the US has given Tajikistan over $330m in security aid, including RQ-20 Puma drones worth $20m (the largest part), per Gen. Kurilla.",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3457,
          "end": 3748,
          "claim": "Per Kurilla, the US has given Tajikistan over $330 million in security aid, incl. $20 million of RQ-20 Puma drones",
          "figures": [
            "330",
            "20"
          ]
        }
      ]
    },
    {
      "id": "chaldivar-base-reconstruction-contract",
      "kind": "CONTRACT",
      "title": {
        "en": "Chaldivar border base reconstruction and development by US military companies",
        "ar": "عمليات إعادة الإعمار والتطوير لقاعدة تشالديفار"
      },
      "parties": [
        "TJ",
        "US"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2020
          },
          "basis": "STATED",
          "source": {
            "document": "003_007ff72cf0dcd156",
            "start": 3250,
            "end": 3455,
            "claim": "In 2020 Tajikistan entrusted the Chaldivar base rebuild to US military firms, funded by the US DEA",
            "figures": [
              "2020"
            ]
          }
        }
      ],
      "signatories": [],
      "summary": "The Tajik government entrusted reconstruction and development of the Chaldivar border base (south of Ayvaj) to US military companies, funded by the US Drug Enforcement Administration, in 2020.",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3250,
          "end": 3455,
          "claim": "The Chaldivar base rebuild was given to US military companies with US DEA funding in 2020",
          "figures": [
            "2020"
          ]
        }
      ]
    },
    {
      "id": "us-tajikistan-border-post-projects",
      "kind": "PROGRAM",
      "title": {
        "en": "US border checkpoint projects and equipment transfers for Tajik border guards",
        "ar": "مشاريع نقاط التفتيش الحدودية"
      },
      "parties": [
        "US",
        "TJ"
      ],
      "status": "ESTABLISHED",
      "signedOn": [],
      "signatories": [],
      "summary": "US-run projects building and strengthening Tajik border posts; several completed, Chaldivar the largest; includes handing over military facilities and equipment to Tajik border troops.",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3057,
          "end": 3248,
          "claim": "Lu said the US completed other border checkpoint projects, Chaldivar was the largest, and included handing military equipment to Tajik border guards",
          "figures": []
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 2466,
          "end": 2660,
          "claim": "US-Tajik meetings covered strengthening and building border posts in Tajikistan",
          "figures": []
        }
      ]
    },
    {
      "id": "afghan-aircraft-handover-pledge",
      "kind": "OTHER",
      "title": {
        "en": "US promise to hand over Afghan army aircraft in Tajikistan to the Tajik army",
        "ar": "تسليم الطائرات للجيش الطاجيكي"
      },
      "parties": [
        "US",
        "TJ"
      ],
      "status": "ANNOUNCED",
      "signedOn": [],
      "signatories": [],
      "summary": "US officials promised to give the Tajik army the Afghan fighter jets and helicopters that fled to Tajikistan, in return for unspecified demands on Tajikistan.",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3750,
          "end": 3938,
          "claim": "Afghan army jets and helicopters fled to Tajikistan when the former Afghan government fell",
          "figures": []
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3939,
          "end": 4095,
          "claim": "US officials promised to hand these aircraft to the Tajik army in return for undisclosed demands",
          "figures": []
        }
      ]
    },
    {
      "id": "us-intensive-programs-tajikistan",
      "kind": "PROGRAM",
      "title": {
        "en": "Intensive US programmes placed on Tajikistan's agenda",
        "ar": "برامج مكثفة على جدول أعمال طاجيكستان"
      },
      "parties": [
        "US",
        "TJ"
      ],
      "status": "UNKNOWN",
      "signedOn": [],
      "signatories": [],
      "summary": "The US sent political, military and cultural advisers and representatives and put intensive programmes on Tajikistan's agenda.",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 2086,
          "end": 2228,
          "claim": "The US deployed advisers and representatives and set intensive programmes for Tajikistan",
          "figures": []
        }
      ]
    }
  ],
  "indicators": [
    {
      "id": "tj-us-security-assistance",
      "metric": "SECURITY_ASSISTANCE",
      "kind": "CUMULATIVE",
      "value": 330000000,
      "qualifier": "AT_LEAST",
      "unit": "USD",
      "year": null,
      "period": null,
      "label": "US security-related financial aid to Tajikistan since political relations began (more than $330 million)",
      "countries": [
        "US",
        "TJ"
      ],
      "from": "US",
      "to": "TJ",
      "basisNote": "Stated as 'more than 330 million dollars' cumulatively 'until now' (article dated 2023-04-20); start is the beginning of political relations, no year given",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3457,
          "end": 3748,
          "claim": "Kurilla: the US has given Tajikistan more than $330 million in security aid",
          "figures": [
            "330"
          ]
        }
      ]
    },
    {
      "id": "tj-us-rq20-puma-drones-value",
      "metric": "SECURITY_ASSISTANCE",
      "partOf": "tj-us-security-assistance",
      "kind": "ACTUAL",
      "value": 20000000,
      "unit": "USD",
      "year": null,
      "label": "Value of US-made RQ-20 Puma drones supplied to Tajikistan, the largest part of US security aid",
      "countries": [
        "US",
        "TJ"
      ],
      "from": "US",
      "to": "TJ",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3457,
          "end": 3748,
          "claim": "RQ-20 Puma drones worth $20 million formed the largest part of US security aid to Tajikistan",
          "figures": [
            "20"
          ]
        }
      ]
    },
    {
      "id": "af-tj-border-length",
      "metric": "BORDER_LENGTH",
      "kind": "ACTUAL",
      "value": 1400,
      "qualifier": "AT_LEAST",
      "unit": "KM",
      "year": null,
      "label": "Length of the Tajikistan-Afghanistan common border (more than 1400 km)",
      "countries": [
        "TJ",
        "AF"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 4468,
          "end": 4611,
          "claim": "Tajikistan has over 1400 km of common border with Afghanistan",
          "figures": [
            "1400"
          ]
        }
      ]
    },
    {
      "id": "tj-us-officials-visit-count-growth",
      "metric": "VISIT_COUNT",
      "kind": "ACTUAL",
      "value": 2,
      "unit": "MULTIPLIER",
      "year": 2022,
      "changePercent": 100,
      "label": "Visits and meetings of West, Lu and Kurilla with Tajik officials doubled over the past year",
      "countries": [
        "US",
        "TJ"
      ],
      "from": "US",
      "to": "TJ",
      "basisNote": "'خلال العام الماضي' ('during the past year') in an article dated 2023-04-20, resolved to 2022 (could also mean the 12 months before April 2023); 'تضاعف' (doubled) encoded as a factor of 2 / +100%",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 2230,
          "end": 2464,
          "claim": "The number of visits and meetings of senior US officials with Tajik officials doubled in the past year",
          "figures": [
            "تضاعف"
          ]
        }
      ]
    },
    {
      "id": "kg-kz-tj-tm-us-uz-relations-duration",
      "metric": "RELATIONS_DURATION",
      "kind": "ACTUAL",
      "value": 30,
      "unit": "YEARS",
      "year": null,
      "label": "Three decades of developments in relations between the US and Central Asian states",
      "countries": [
        "US",
        "KZ",
        "KG",
        "TJ",
        "TM",
        "UZ"
      ],
      "basisNote": "'ثلاثة عقود' (three decades) = 30 years; countries are the Central Asian states the article names",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 439,
          "end": 640,
          "claim": "US-Central Asia relations have developed over three decades",
          "figures": [
            "ثلاثة"
          ]
        }
      ]
    }
  ],
  "events": [
    {
      "id": "blinken-visit-kazakhstan-uzbekistan-2023-02",
      "kind": "VISIT",
      "title": {
        "en": "Blinken's visit to Kazakhstan and Uzbekistan",
        "ar": "زيارة بلينكن إلى كازاخستان وأوزبكستان"
      },
      "dates": [
        {
          "start": {
            "year": 2023,
            "month": 2
          },
          "basis": "RELATIVE",
          "basisNote": "'في فبراير الماضي' in an article dated 2023-04-20, resolved to February 2023",
          "source": {
            "document": "003_007ff72cf0dcd156",
            "start": 642,
            "end": 749,
            "claim": "Blinken visited Kazakhstan and Uzbekistan last February",
            "figures": [
              "فبراير"
            ]
          }
        }
      ],
      "place": null,
      "countries": [
        "US",
        "KZ",
        "UZ"
      ],
      "participants": [
        "antony-blinken"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 642,
          "end": 749,
          "claim": "Blinken's recent visit to Kazakhstan and Uzbekistan took place last February",
          "figures": [
            "فبراير"
          ]
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 750,
          "end": 957,
          "claim": "During the visit Blinken sought stronger security, political and economic ties with Central Asia",
          "figures": []
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 959,
          "end": 1042,
          "claim": "On the trip Blinken spoke of Russia's danger and urged less reliance on Russia",
          "figures": []
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 1043,
          "end": 1188,
          "claim": "Blinken warned that any setback against Russia in Ukraine could embolden Moscow towards other ex-Soviet states",
          "figures": []
        }
      ]
    },
    {
      "id": "blinken-tajikistan-fm-meeting-astana-2023-02",
      "kind": "MEETING",
      "title": {
        "en": "Blinken meets Tajikistan's foreign minister in Astana",
        "ar": "لقاء بلينكن مع وزير خارجية طاجيكستان في أستانا"
      },
      "dates": [
        {
          "start": {
            "year": 2023,
            "month": 2
          },
          "basis": "RELATIVE",
          "basisNote": "'في فبراير الماضي' in an article dated 2023-04-20, resolved to February 2023; the meeting took place during that visit (previous sentence)",
          "source": {
            "document": "003_007ff72cf0dcd156",
            "start": 642,
            "end": 749,
            "claim": "The visit during which the Astana meeting took place was last February",
            "figures": [
              "فبراير"
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
        "US",
        "TJ",
        "KZ"
      ],
      "participants": [
        "antony-blinken"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 750,
          "end": 957,
          "claim": "Blinken met Tajikistan's foreign minister in Astana to boost US-Tajik security, political and economic cooperation",
          "figures": []
        }
      ]
    },
    {
      "id": "g20-ministerial-meeting-india",
      "kind": "MEETING",
      "title": {
        "en": "G20 ministerial meeting in India",
        "ar": "الاجتماع الوزاري لبلدان مجموعة العشرين في الهند"
      },
      "dates": [],
      "place": {
        "country": "IN",
        "city": null
      },
      "countries": [
        "IN",
        "RU"
      ],
      "participants": [
        "sergey-lavrov"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 1361,
          "end": 1742,
          "claim": "A G20 ministerial meeting was held in India, after which Lavrov held a press conference",
          "figures": [
            "العشرين"
          ]
        }
      ]
    },
    {
      "id": "lavrov-press-conference-g20-india",
      "kind": "OTHER",
      "title": {
        "en": "Lavrov press conference after the G20 ministerial meeting in India",
        "ar": "مؤتمر صحفي للافروف في أعقاب الاجتماع الوزاري لمجموعة العشرين"
      },
      "dates": [],
      "place": {
        "country": "IN",
        "city": null
      },
      "countries": [
        "RU",
        "IN",
        "US"
      ],
      "participants": [
        "sergey-lavrov"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 1361,
          "end": 1742,
          "claim": "At a press conference after the G20 meeting in India Lavrov commented on Blinken's visit",
          "figures": [
            "العشرين"
          ]
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 1744,
          "end": 1842,
          "claim": "Lavrov said the West urges states to side with the winner as Russia will collapse",
          "figures": []
        }
      ]
    },
    {
      "id": "us-officials-meetings-tajik-officials-2022",
      "kind": "MEETING",
      "title": {
        "en": "Visits and meetings of US officials West, Lu and Kurilla with Tajik officials",
        "ar": "زيارات واجتماعات المسؤولين الأمريكيين مع المسؤولين الطاجيك"
      },
      "dates": [
        {
          "start": {
            "year": 2022
          },
          "basis": "RELATIVE",
          "basisNote": "'خلال العام الماضي' ('during the past year') in an article dated 2023-04-20, resolved to 2022 (could also mean the 12 months before April 2023)",
          "source": {
            "document": "003_007ff72cf0dcd156",
            "start": 2230,
            "end": 2464,
            "claim": "US officials' visits and meetings with Tajik officials doubled during the past year",
            "figures": [
              "تضاعف"
            ]
          }
        }
      ],
      "place": {
        "country": "TJ",
        "city": null
      },
      "countries": [
        "US",
        "TJ"
      ],
      "participants": [
        "thomas-west",
        "donald-lu",
        "michael-kurilla"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 2230,
          "end": 2464,
          "claim": "West, Lu and Kurilla held twice as many visits and meetings with Tajik officials in the past year",
          "figures": [
            "تضاعف"
          ]
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 2466,
          "end": 2660,
          "claim": "The meetings focused on Central Asian security, Afghanistan, border posts and Badakhshan protests",
          "figures": []
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 2661,
          "end": 2899,
          "claim": "They also covered weapons from Afghanistan, US use of Tajik border bases, migration and military training",
          "figures": []
        }
      ]
    },
    {
      "id": "donald-lu-interview-radio-azadi",
      "kind": "OTHER",
      "title": {
        "en": "Donald Lu interview with Radio Azadi Tajikistan",
        "ar": "مقابلة دونالد لو مع راديو آزادي طاجيكستان"
      },
      "dates": [],
      "place": null,
      "countries": [
        "US",
        "TJ"
      ],
      "participants": [
        "donald-lu"
      ],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 2901,
          "end": 3056,
          "claim": "In a Radio Azadi Tajikistan interview Lu said the US awaits completion of the Chaldivar border post",
          "figures": []
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3057,
          "end": 3248,
          "claim": "Lu said Chaldivar was the largest of several US border checkpoint projects",
          "figures": []
        }
      ]
    },
    {
      "id": "us-withdrawal-afghanistan",
      "kind": "OTHER",
      "title": {
        "en": "US withdrawal from Afghanistan",
        "ar": "انسحاب الولايات المتحدة من أفغانستان"
      },
      "dates": [],
      "place": {
        "country": "AF",
        "city": null
      },
      "countries": [
        "US",
        "AF"
      ],
      "participants": [],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 1844,
          "end": 2084,
          "claim": "The US withdrawal from Afghanistan is cited as a reason for greater US efforts in Tajikistan",
          "figures": []
        }
      ]
    },
    {
      "id": "taliban-rise-afghanistan",
      "kind": "OTHER",
      "title": {
        "en": "Rise of the Taliban in Afghanistan",
        "ar": "صعود حركة طالبان"
      },
      "dates": [],
      "place": {
        "country": "AF",
        "city": null
      },
      "countries": [
        "AF"
      ],
      "participants": [],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 1844,
          "end": 2084,
          "claim": "The rise of the Taliban is listed among the drivers of US engagement with Tajikistan",
          "figures": []
        }
      ]
    },
    {
      "id": "fall-of-former-afghan-government",
      "kind": "OTHER",
      "title": {
        "en": "Fall of the former Afghan government",
        "ar": "سقوط الحكومة الأفغانية السابقة"
      },
      "dates": [],
      "place": {
        "country": "AF",
        "city": null
      },
      "countries": [
        "AF",
        "TJ"
      ],
      "participants": [],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3750,
          "end": 3938,
          "claim": "When the former Afghan government fell, Afghan army jets and helicopters took refuge in Tajikistan",
          "figures": []
        }
      ]
    },
    {
      "id": "russia-ukraine-war",
      "kind": "OTHER",
      "title": {
        "en": "War between Russia and Ukraine",
        "ar": "الحرب بين روسيا وأوكرانيا"
      },
      "dates": [],
      "place": {
        "country": "UA",
        "city": null
      },
      "countries": [
        "RU",
        "UA"
      ],
      "participants": [],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 439,
          "end": 640,
          "claim": "The war in Ukraine and unprecedented US-Russia tensions are cited",
          "figures": [
            "ثلاثة"
          ]
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 1844,
          "end": 2084,
          "claim": "The Russia-Ukraine war is listed among the drivers of US engagement with Tajikistan",
          "figures": []
        }
      ]
    },
    {
      "id": "gorno-badakhshan-protests",
      "kind": "OTHER",
      "title": {
        "en": "Protests in the Gorno-Badakhshan Autonomous Region",
        "ar": "احتجاجات إقليم بدخشان المتمتع بالحكم الذاتي"
      },
      "dates": [],
      "place": {
        "country": "TJ",
        "city": null
      },
      "countries": [
        "TJ"
      ],
      "participants": [],
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 2466,
          "end": 2660,
          "claim": "US-Tajik meetings discussed the protests in the autonomous Badakhshan region",
          "figures": []
        }
      ]
    }
  ],
  "corridors": [
    {
      "id": "chaldivar-border-post",
      "kind": "OTHER",
      "name": {
        "en": "Chaldivar border post",
        "ar": "نقطة حدودية في منطقة تشالديفار"
      },
      "aliases": [
        "تشالديفار",
        "Chaldivar border base"
      ],
      "countries": [
        "TJ"
      ],
      "status": "UNDER_CONSTRUCTION",
      "dates": [
        {
          "start": {
            "year": 2020
          },
          "basis": "STATED",
          "source": {
            "document": "003_007ff72cf0dcd156",
            "start": 3250,
            "end": 3455,
            "claim": "The Chaldivar base rebuild was entrusted to US military firms with DEA funding in 2020",
            "figures": [
              "2020"
            ]
          }
        }
      ],
      "summary": "US-funded border post/base in the Chaldivar area south of the border town of Ayvaj (إيفاج), Tajikistan; the largest US border checkpoint project; completion awaited per Donald Lu.",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 2901,
          "end": 3056,
          "claim": "Lu said the US awaits completion of the new border post project in Chaldivar",
          "figures": []
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3250,
          "end": 3455,
          "claim": "The Chaldivar base lies south of the border town of Ayvaj; rebuilt by US military firms with DEA funding from 2020",
          "figures": [
            "2020"
          ]
        }
      ]
    }
  ],
  "tradeFlows": [
    {
      "id": "us-tj-military-equipment-supplies",
      "kind": "ARMS",
      "from": "US",
      "to": "TJ",
      "items": [
        "RQ-20 Puma drones",
        "military equipment",
        "military facilities"
      ],
      "companies": [],
      "label": "The US supplied Tajikistan, within its security aid, with US-made RQ-20 Puma drones and handed military facilities and equipment to the Tajik border guards",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3457,
          "end": 3748,
          "claim": "Per Kurilla, US security aid to Tajikistan included US-made RQ-20 Puma drones, the largest part of that aid",
          "figures": []
        },
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3165,
          "end": 3247,
          "claim": "Per Donald Lu, US projects included delivering and transferring military facilities and equipment to the Tajik border guards",
          "figures": []
        }
      ]
    },
    {
      "id": "us-tj-military-companies-chaldivar",
      "kind": "COMPANIES",
      "from": "US",
      "to": "TJ",
      "items": [
        "reconstruction and development of the Chaldivar border base"
      ],
      "companies": [],
      "label": "US military companies (not named), funded by the US Drug Enforcement Administration, were entrusted in 2020 with rebuilding and developing the Chaldivar border base in Tajikistan",
      "sources": [
        {
          "document": "003_007ff72cf0dcd156",
          "start": 3250,
          "end": 3455,
          "claim": "In 2020 the Tajik government entrusted the Chaldivar base's reconstruction to US military companies, funded by the DEA",
          "figures": [
            "2020"
          ]
        }
      ]
    }
  ]
} satisfies DocumentFileInput;
