import type { DocumentFileInput } from "../../src/schema";

export default {
  "document": {
    "id": "001_dd8f3a1850d5fa0b",
    "title": {
      "en": "Baku and Tashkent strengthen their strategic partnership",
      "ar": "باكو وطشقند تعززان شراكتهما الإستراتيجية"
    },
    "publisher": "Al-Wefaq",
    "publishedOn": {
      "year": 2024,
      "month": 11,
      "day": 3
    },
    "publishedOnNote": "Stated as '2024-11-03' on the dateline below the standfirst; publisher taken from the closing line 'المصدر: الوفاق' (source: Al-Wefaq).",
    "author": null,
    "authorAr": null,
    "sources": [
      {
        "document": "001_dd8f3a1850d5fa0b",
        "start": 33,
        "end": 73,
        "claim": "Headline: Baku and Tashkent strengthen their strategic partnership",
        "figures": []
      },
      {
        "document": "001_dd8f3a1850d5fa0b",
        "start": 0,
        "end": 31,
        "claim": "Kicker: after the recent signing of the alliance treaty",
        "figures": []
      },
      {
        "document": "001_dd8f3a1850d5fa0b",
        "start": 244,
        "end": 254,
        "claim": "The article is dated 3 November 2024",
        "figures": [
          "2024-11-03"
        ]
      },
      {
        "document": "001_dd8f3a1850d5fa0b",
        "start": 5564,
        "end": 5578,
        "claim": "The article credits Al-Wefaq as its source",
        "figures": []
      }
    ]
  },
  "countries": [
    {
      "code": "AZ",
      "spellings": [
        "جمهورية أذربيجان",
        "أذربيجان"
      ],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 256,
          "end": 424,
          "claim": "The Azerbaijan–Uzbekistan alliance treaty was signed the month before publication, formalising their strategic partnership",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 5401,
          "end": 5562,
          "claim": "Trilateral councils exist for Turkey–Azerbaijan–Uzbekistan, Turkey–Azerbaijan–Kazakhstan and Kazakhstan–Azerbaijan–Uzbekistan",
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
          "document": "001_dd8f3a1850d5fa0b",
          "start": 256,
          "end": 424,
          "claim": "The Azerbaijan–Uzbekistan alliance treaty was signed the month before publication, formalising their strategic partnership",
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
          "document": "001_dd8f3a1850d5fa0b",
          "start": 534,
          "end": 744,
          "claim": "Uzbekistan plays a key role in Baku's push for the Trans-Caspian International Transport Route (Middle Corridor) linking Central Asia, the South Caucasus and Turkey",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 5401,
          "end": 5562,
          "claim": "Trilateral councils exist for Turkey–Azerbaijan–Uzbekistan, Turkey–Azerbaijan–Kazakhstan and Kazakhstan–Azerbaijan–Uzbekistan",
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
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1207,
          "end": 1322,
          "claim": "The EBRD report identified a route called the Central Trans-Caspian Network (CTCN) running mostly through southern Kazakhstan",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 5401,
          "end": 5562,
          "claim": "Trilateral councils exist for Turkey–Azerbaijan–Uzbekistan, Turkey–Azerbaijan–Kazakhstan and Kazakhstan–Azerbaijan–Uzbekistan",
          "figures": []
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
          "document": "001_dd8f3a1850d5fa0b",
          "start": 5081,
          "end": 5203,
          "claim": "Completing transit routes via Russia and Kazakhstan strengthens the partners' economic resilience while raising their independence from major powers",
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
        "ar": "علييف"
      },
      "aliases": [
        "الرئيس علييف",
        "Aliyev"
      ],
      "roles": [
        {
          "kind": "HEAD_OF_STATE",
          "title": {
            "en": "President of Azerbaijan",
            "ar": "الرئيس"
          },
          "country": "AZ",
          "organization": null,
          "asOf": {
            "year": 2024,
            "month": 11,
            "day": 3
          },
          "sources": [
            {
              "document": "001_dd8f3a1850d5fa0b",
              "start": 4048,
              "end": 4351,
              "claim": "The first session of the expanded intergovernmental council, held during President Aliyev's official visit to Uzbekistan, set up a bilateral investment council with $500 million capital focused on high-tech production",
              "figures": [
                "٥٠٠"
              ]
            }
          ]
        }
      ]
    },
    {
      "id": "shavkat-mirziyoyev",
      "name": {
        "en": "Shavkat Mirziyoyev",
        "ar": "ميرضيائيف"
      },
      "aliases": [
        "Mirziyoyev"
      ],
      "roles": [
        {
          "kind": "HEAD_OF_STATE",
          "title": {
            "en": "President of Uzbekistan (title implied: his official visit to Baku was reciprocated by President Aliyev's official visit)",
            "ar": "رئيس أوزبكستان"
          },
          "country": "UZ",
          "organization": null,
          "sources": [
            {
              "document": "001_dd8f3a1850d5fa0b",
              "start": 3186,
              "end": 3275,
              "claim": "Mirziyoyev paid an official visit to Azerbaijan in August 2023 and signed further agreements",
              "figures": [
                "2023"
              ]
            },
            {
              "document": "001_dd8f3a1850d5fa0b",
              "start": 4157,
              "end": 4198,
              "claim": "President Aliyev's official visit to Uzbekistan reciprocated Mirziyoyev's earlier visit to Baku",
              "figures": []
            }
          ]
        }
      ]
    },
    {
      "id": "laziz-kudratov",
      "name": {
        "en": "Laziz Kudratov",
        "ar": "لازيز قدرتوف"
      },
      "aliases": [
        "Laziz Qudratov"
      ],
      "roles": [
        {
          "kind": "MINISTER",
          "title": {
            "en": "Minister of Energy of Uzbekistan",
            "ar": "وزير الطاقة الأوزبكي"
          },
          "country": "UZ",
          "organization": null,
          "asOf": {
            "year": 2024,
            "month": 11,
            "day": 3
          },
          "sources": [
            {
              "document": "001_dd8f3a1850d5fa0b",
              "start": 2931,
              "end": 3092,
              "claim": "Uzbek Energy Minister Laziz Kudratov said Uzbekneftegaz is close to a deal to join Azerbaijan's Shah Deniz consortium",
              "figures": []
            }
          ]
        }
      ]
    }
  ],
  "agreements": [
    {
      "id": "az-uz-treaty-on-allied-relations",
      "kind": "TREATY",
      "title": {
        "en": "Treaty on Allied Relations between Azerbaijan and Uzbekistan",
        "ar": "معاهدة العلاقات التحالفية"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2024,
            "month": 10
          },
          "basis": "RELATIVE",
          "basisNote": "'وُقِّعَت الشهر الماضي' (signed last month) in an article dated 2024-11-03, resolved to October 2024",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 256,
            "end": 424,
            "claim": "The Azerbaijan–Uzbekistan alliance treaty was signed the month before publication, formalising their strategic partnership",
            "figures": []
          }
        },
        {
          "start": {
            "year": 2024,
            "month": 8
          },
          "basis": "STATED",
          "basisNote": "The same article later says the partnership was formalised 'في أغسطس ٢٠٢٤' (August 2024) through the treaty; conflicts with the 'last month' claim, both kept",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 3846,
            "end": 4043,
            "claim": "The Azerbaijan–Uzbekistan strategic partnership was formalised in August 2024 via the Treaty on Allied Relations, alongside widening the Supreme Economic Council to non-economic ministries",
            "figures": [
              "٢٠٢٤"
            ]
          }
        }
      ],
      "event": "az-uz-treaty-on-allied-relations-signing",
      "signatories": [],
      "summary": "Alliance treaty institutionalising the AZ–UZ strategic partnership. The article dates it two ways: signed 'last month' (i.e. October 2024, relative to the publication date) and formalised in August 2024; both claims kept. Cooperation accelerated since 2020.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 256,
          "end": 424,
          "claim": "The Azerbaijan–Uzbekistan alliance treaty was signed the month before publication, formalising their strategic partnership",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3846,
          "end": 4043,
          "claim": "The Azerbaijan–Uzbekistan strategic partnership was formalised in August 2024 via the Treaty on Allied Relations, alongside widening the Supreme Economic Council to non-economic ministries",
          "figures": [
            "٢٠٢٤"
          ]
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 0,
          "end": 31,
          "claim": "The alliance treaty was signed recently",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 4373,
          "end": 4596,
          "claim": "The growing AZ–UZ strategic partnership, now institutionalised as a treaty of allied relations, reflects converging economic and geopolitical interests focused on the Middle Corridor and energy",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 425,
          "end": 533,
          "claim": "Relations have accelerated especially since 2020 when Azerbaijan prioritised widening its regional networks",
          "figures": [
            "2020"
          ]
        }
      ]
    },
    {
      "id": "az-uz-oil-gas-expertise-mou-2023",
      "kind": "MEMORANDUM",
      "title": {
        "en": "Memorandum of understanding on exchanging expertise in oil and gas",
        "ar": "مذكرة تفاهم لتبادل الخبرات في مجال النفط والغاز"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2023,
            "month": 6
          },
          "basis": "STATED",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 2739,
            "end": 2930,
            "claim": "Uzbek gas output fell 10% between 2022 and 2023; in June 2023 the two countries signed an MoU on sharing oil and gas expertise",
            "figures": [
              "10",
              "2022",
              "2023"
            ]
          }
        }
      ],
      "signatories": [],
      "summary": "Signed against the background of a 10% fall in Uzbek gas output between 2022 and 2023 due to field depletion and technical losses.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 2739,
          "end": 2930,
          "claim": "Uzbek gas output fell 10% between 2022 and 2023; in June 2023 the two countries signed an MoU on sharing oil and gas expertise",
          "figures": [
            "10",
            "2022",
            "2023"
          ]
        }
      ]
    },
    {
      "id": "uzbekneftegaz-shah-deniz-consortium-accession",
      "kind": "AGREEMENT",
      "title": {
        "en": "Uzbekneftegaz accession to Azerbaijan's Shah Deniz consortium (joint gas extraction and export)",
        "ar": "اتفاق للانضمام إلى كونسورتيوم شاه دنيز الأذربيجاني"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "UNDER_NEGOTIATION",
      "signedOn": [],
      "signatories": [],
      "summary": "Uzbek Energy Minister Laziz Kudratov announced that Uzbekneftegaz is nearing a deal to join the Shah Deniz consortium to extract and jointly export natural gas.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 2931,
          "end": 3092,
          "claim": "Uzbekneftegaz is close to an agreement to join Azerbaijan's Shah Deniz consortium for joint gas extraction and export",
          "figures": []
        }
      ]
    },
    {
      "id": "socar-uzbekistan-oil-gas-projects",
      "kind": "AGREEMENT",
      "title": {
        "en": "SOCAR participation in oil and gas projects in Uzbekistan",
        "ar": "مشاركة شركة سوكار الأذربيجانية في مشاريع النفط والغاز في أوزبكستان"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "UNDER_NEGOTIATION",
      "signedOn": [],
      "signatories": [],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3093,
          "end": 3181,
          "claim": "Negotiations continue on Azerbaijan's SOCAR taking part in Uzbek oil and gas projects",
          "figures": []
        }
      ]
    },
    {
      "id": "az-uz-agreements-mirziyoyev-visit-2023-08",
      "kind": "AGREEMENT",
      "title": {
        "en": "Further agreements signed during Mirziyoyev's August 2023 official visit to Azerbaijan",
        "ar": "المزيد من الاتفاقيات"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "SIGNED",
      "signedOn": [
        {
          "start": {
            "year": 2023,
            "month": 8
          },
          "basis": "STATED",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 3186,
            "end": 3275,
            "claim": "Mirziyoyev paid an official visit to Azerbaijan in August 2023 and signed further agreements",
            "figures": [
              "2023"
            ]
          }
        }
      ],
      "event": "mirziyoyev-official-visit-azerbaijan-2023-08",
      "signatories": [
        "shavkat-mirziyoyev"
      ],
      "summary": "Unspecified additional agreements signed by Mirziyoyev during the visit.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3186,
          "end": 3275,
          "claim": "Mirziyoyev paid an official visit to Azerbaijan in August 2023 and signed further agreements",
          "figures": [
            "2023"
          ]
        }
      ]
    },
    {
      "id": "az-uz-supreme-economic-council",
      "kind": "COUNCIL",
      "title": {
        "en": "Azerbaijan–Uzbekistan Supreme Economic Council",
        "ar": "مجلس اقتصادي أعلى"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "ESTABLISHED",
      "signedOn": [
        {
          "start": {
            "year": 2023,
            "month": 8
          },
          "basis": "STATED",
          "basisNote": "Formed in the sentence right after the August 2023 visit sentence; span covers both",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 3186,
            "end": 3341,
            "claim": "During Mirziyoyev's August 2023 official visit a Supreme Economic Council co-chaired by the two prime ministers was formed",
            "figures": [
              "2023"
            ]
          }
        }
      ],
      "event": "mirziyoyev-official-visit-azerbaijan-2023-08",
      "signatories": [],
      "summary": "Co-chaired by the two prime ministers, with key ministers and economic officials; covers trade, investment, industrial cooperation, preferential trade deals and economic policy coordination via regular ministerial consultations. Expanded in August 2024 to non-economic ministries.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3186,
          "end": 3341,
          "claim": "During Mirziyoyev's August 2023 official visit a Supreme Economic Council co-chaired by the two prime ministers was formed",
          "figures": [
            "2023"
          ]
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3342,
          "end": 3551,
          "claim": "The council's remit covers trade, investment, industrial cooperation, exploring preferential trade agreements and coordinating economic policy through regular ministerial consultations",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3846,
          "end": 4043,
          "claim": "The Azerbaijan–Uzbekistan strategic partnership was formalised in August 2024 via the Treaty on Allied Relations, alongside widening the Supreme Economic Council to non-economic ministries",
          "figures": [
            "٢٠٢٤"
          ]
        }
      ]
    },
    {
      "id": "az-uz-expanded-intergovernmental-council",
      "kind": "COUNCIL",
      "title": {
        "en": "Expanded Azerbaijan–Uzbekistan intergovernmental council (Supreme Economic Council widened to non-economic ministries)",
        "ar": "المجلس الحكومي المشترك الموسع"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "ESTABLISHED",
      "signedOn": [
        {
          "start": {
            "year": 2024,
            "month": 8
          },
          "basis": "STATED",
          "basisNote": "Expansion of the Supreme Economic Council stated for August 2024",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 3846,
            "end": 4043,
            "claim": "The Azerbaijan–Uzbekistan strategic partnership was formalised in August 2024 via the Treaty on Allied Relations, alongside widening the Supreme Economic Council to non-economic ministries",
            "figures": [
              "٢٠٢٤"
            ]
          }
        }
      ],
      "signatories": [],
      "summary": "Its first session took place during President Aliyev's official visit to Uzbekistan and created the bilateral investment council with $500 million capital.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3846,
          "end": 4043,
          "claim": "The Azerbaijan–Uzbekistan strategic partnership was formalised in August 2024 via the Treaty on Allied Relations, alongside widening the Supreme Economic Council to non-economic ministries",
          "figures": [
            "٢٠٢٤"
          ]
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 4048,
          "end": 4351,
          "claim": "The first session of the expanded intergovernmental council, held during President Aliyev's official visit to Uzbekistan, set up a bilateral investment council with $500 million capital focused on high-tech production",
          "figures": [
            "٥٠٠"
          ]
        }
      ]
    },
    {
      "id": "az-uz-trade-roadmap",
      "kind": "ROADMAP",
      "title": {
        "en": "Roadmap for increasing bilateral trade volume",
        "ar": "خارطة طريق لزيادة حجم التجارة الثنائية"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "ESTABLISHED",
      "signedOn": [],
      "event": "mirziyoyev-official-visit-azerbaijan-2023-08",
      "signatories": [],
      "summary": "Drawn up in the context of Mirziyoyev's official visit to Azerbaijan (same paragraph; the sentence itself gives no date).",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3552,
          "end": 3703,
          "claim": "The two countries set a roadmap to raise bilateral trade and plans for joint investment projects in both countries supporting technology and innovation",
          "figures": []
        }
      ]
    },
    {
      "id": "az-uz-joint-investment-projects-plan",
      "kind": "PROGRAM",
      "title": {
        "en": "Plans for joint investment projects in both countries focused on technology and innovation",
        "ar": "خططاً لمشاريع استثمارية مشتركة في كلا البلدين"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "PLANNED",
      "signedOn": [],
      "event": "mirziyoyev-official-visit-azerbaijan-2023-08",
      "signatories": [],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3552,
          "end": 3703,
          "claim": "Alongside the trade roadmap, plans were set for joint technology- and innovation-focused investment projects in both countries",
          "figures": []
        }
      ]
    },
    {
      "id": "az-uz-cultural-ties-formalisation-2023",
      "kind": "OTHER",
      "title": {
        "en": "Formal strengthening of cultural ties",
        "ar": "تعزيز العلاقات الثقافية رسمياً"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "ESTABLISHED",
      "signedOn": [
        {
          "start": {
            "year": 2023,
            "month": 11
          },
          "basis": "STATED",
          "basisNote": "'حتى نوفمبر ٢٠٢٣' = by November 2023",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 3708,
            "end": 3759,
            "claim": "By November 2023 cultural relations between the two countries had been formally strengthened",
            "figures": [
              "٢٠٢٣"
            ]
          }
        }
      ],
      "signatories": [],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3708,
          "end": 3759,
          "claim": "By November 2023 cultural relations between the two countries had been formally strengthened",
          "figures": [
            "٢٠٢٣"
          ]
        }
      ]
    },
    {
      "id": "az-uz-bilateral-investment-council",
      "kind": "FUND",
      "title": {
        "en": "Azerbaijan–Uzbekistan bilateral investment council (investment fund, $500 million capital)",
        "ar": "مجلس استثمار ثنائي"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "ESTABLISHED",
      "signedOn": [],
      "event": "az-uz-expanded-intergovernmental-council-first-meeting",
      "signatories": [],
      "summary": "Created at the first session of the expanded intergovernmental council during Aliyev's official visit to Uzbekistan, with $500 million capital, to implement the previously agreed trade development strategy with a focus on high-tech production.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 4048,
          "end": 4351,
          "claim": "The first session of the expanded intergovernmental council, held during President Aliyev's official visit to Uzbekistan, set up a bilateral investment council with $500 million capital focused on high-tech production",
          "figures": [
            "٥٠٠"
          ]
        }
      ]
    },
    {
      "id": "az-uz-trade-development-strategy",
      "kind": "PROGRAM",
      "title": {
        "en": "Previously agreed trade development strategy",
        "ar": "استراتيجية التطوير التجاري المتفق عليها مسبقاً"
      },
      "parties": [
        "AZ",
        "UZ"
      ],
      "status": "ESTABLISHED",
      "signedOn": [],
      "signatories": [],
      "summary": "An earlier-agreed strategy that the $500 million bilateral investment council is meant to facilitate, emphasising high-tech production.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 4048,
          "end": 4351,
          "claim": "The first session of the expanded intergovernmental council, held during President Aliyev's official visit to Uzbekistan, set up a bilateral investment council with $500 million capital focused on high-tech production",
          "figures": [
            "٥٠٠"
          ]
        }
      ]
    },
    {
      "id": "az-tr-uz-trilateral-council",
      "kind": "COUNCIL",
      "title": {
        "en": "Turkey–Azerbaijan–Uzbekistan trilateral council",
        "ar": "تركيا- وجمهورية أذربيجان-أوزبكستان"
      },
      "parties": [
        "TR",
        "AZ",
        "UZ"
      ],
      "status": "ESTABLISHED",
      "signedOn": [],
      "signatories": [],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 5401,
          "end": 5562,
          "claim": "Trilateral councils exist for Turkey–Azerbaijan–Uzbekistan, Turkey–Azerbaijan–Kazakhstan and Kazakhstan–Azerbaijan–Uzbekistan",
          "figures": []
        }
      ]
    },
    {
      "id": "az-kz-tr-trilateral-council",
      "kind": "COUNCIL",
      "title": {
        "en": "Turkey–Azerbaijan–Kazakhstan trilateral council",
        "ar": "تركيا-أذربيجان-كازاخستان"
      },
      "parties": [
        "TR",
        "AZ",
        "KZ"
      ],
      "status": "ESTABLISHED",
      "signedOn": [],
      "signatories": [],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 5401,
          "end": 5562,
          "claim": "Trilateral councils exist for Turkey–Azerbaijan–Uzbekistan, Turkey–Azerbaijan–Kazakhstan and Kazakhstan–Azerbaijan–Uzbekistan",
          "figures": []
        }
      ]
    },
    {
      "id": "az-kz-uz-trilateral-council",
      "kind": "COUNCIL",
      "title": {
        "en": "Kazakhstan–Azerbaijan–Uzbekistan trilateral council",
        "ar": "كازاخستان-أذربيجان-أوزبكستان"
      },
      "parties": [
        "KZ",
        "AZ",
        "UZ"
      ],
      "status": "ESTABLISHED",
      "signedOn": [],
      "signatories": [],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 5401,
          "end": 5562,
          "claim": "Trilateral councils exist for Turkey–Azerbaijan–Uzbekistan, Turkey–Azerbaijan–Kazakhstan and Kazakhstan–Azerbaijan–Uzbekistan",
          "figures": []
        }
      ]
    }
  ],
  "indicators": [
    {
      "id": "uz-gas-production-change-2022-2023",
      "metric": "PRODUCTION",
      "kind": "ACTUAL",
      "value": -10,
      "unit": "PERCENT",
      "year": 2023,
      "period": {
        "start": {
          "year": 2022
        },
        "end": {
          "year": 2023
        }
      },
      "changePercent": -10,
      "label": "Change in Uzbekistan's natural gas production between 2022 and 2023 (field depletion, technical losses)",
      "countries": [
        "UZ"
      ],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 2739,
          "end": 2930,
          "claim": "Uzbek gas output fell 10% between 2022 and 2023; in June 2023 the two countries signed an MoU on sharing oil and gas expertise",
          "figures": [
            "10",
            "2022",
            "2023"
          ]
        }
      ]
    },
    {
      "id": "kz-uz-saryagash-darbaza-maktaaral-transit-capacity",
      "metric": "TRANSIT_CAPACITY",
      "kind": "CAPACITY",
      "value": 10000000,
      "unit": "TONNES_PER_YEAR",
      "year": null,
      "label": "Potential Kazakhstan–Uzbekistan rail transport capacity via the Darbaza–Maktaaral project easing the Saryagash crossing",
      "countries": [
        "KZ",
        "UZ"
      ],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1796,
          "end": 1955,
          "claim": "The Darbaza–Maktaaral project would ease congestion at the Saryagash crossing to Uzbekistan north of Tashkent and could raise transport capacity to 10 million tonnes a year",
          "figures": [
            "10"
          ]
        }
      ]
    },
    {
      "id": "az-uz-investment-fund-capital",
      "metric": "INVESTMENT_FUND_CAPITAL",
      "kind": "ACTUAL",
      "value": 500000000,
      "unit": "USD",
      "year": null,
      "label": "Capital of the Azerbaijan–Uzbekistan bilateral investment council (fund) set up at the expanded intergovernmental council",
      "countries": [
        "AZ",
        "UZ"
      ],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 4048,
          "end": 4351,
          "claim": "The first session of the expanded intergovernmental council, held during President Aliyev's official visit to Uzbekistan, set up a bilateral investment council with $500 million capital focused on high-tech production",
          "figures": [
            "٥٠٠"
          ]
        }
      ]
    }
  ],
  "events": [
    {
      "id": "az-uz-treaty-on-allied-relations-signing",
      "kind": "SIGNING",
      "title": {
        "en": "Signing of the Azerbaijan–Uzbekistan Treaty on Allied Relations",
        "ar": "توقيع معاهدة التحالف"
      },
      "dates": [
        {
          "start": {
            "year": 2024,
            "month": 10
          },
          "basis": "RELATIVE",
          "basisNote": "'وُقِّعَت الشهر الماضي' (signed last month) in an article dated 2024-11-03",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 256,
            "end": 424,
            "claim": "The Azerbaijan–Uzbekistan alliance treaty was signed the month before publication, formalising their strategic partnership",
            "figures": []
          }
        },
        {
          "start": {
            "year": 2024,
            "month": 8
          },
          "basis": "STATED",
          "basisNote": "'في أغسطس ٢٠٢٤' — conflicting second claim in the same article",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 3846,
            "end": 4043,
            "claim": "The Azerbaijan–Uzbekistan strategic partnership was formalised in August 2024 via the Treaty on Allied Relations, alongside widening the Supreme Economic Council to non-economic ministries",
            "figures": [
              "٢٠٢٤"
            ]
          }
        }
      ],
      "place": null,
      "countries": [
        "AZ",
        "UZ"
      ],
      "participants": [],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 256,
          "end": 424,
          "claim": "The Azerbaijan–Uzbekistan alliance treaty was signed the month before publication, formalising their strategic partnership",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3846,
          "end": 4043,
          "claim": "The Azerbaijan–Uzbekistan strategic partnership was formalised in August 2024 via the Treaty on Allied Relations, alongside widening the Supreme Economic Council to non-economic ministries",
          "figures": [
            "٢٠٢٤"
          ]
        }
      ]
    },
    {
      "id": "mirziyoyev-official-visit-azerbaijan-2023-08",
      "kind": "OFFICIAL_VISIT",
      "title": {
        "en": "Mirziyoyev's official visit to Azerbaijan",
        "ar": "زيارة رسمية إلى جمهورية أذربيجان"
      },
      "dates": [
        {
          "start": {
            "year": 2023,
            "month": 8
          },
          "basis": "STATED",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 3186,
            "end": 3275,
            "claim": "Mirziyoyev paid an official visit to Azerbaijan in August 2023 and signed further agreements",
            "figures": [
              "2023"
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
        "UZ",
        "AZ"
      ],
      "participants": [
        "shavkat-mirziyoyev"
      ],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3186,
          "end": 3275,
          "claim": "Mirziyoyev paid an official visit to Azerbaijan in August 2023 and signed further agreements",
          "figures": [
            "2023"
          ]
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 4157,
          "end": 4198,
          "claim": "Mirziyoyev's earlier visit was to Baku",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3186,
          "end": 3341,
          "claim": "During Mirziyoyev's August 2023 official visit a Supreme Economic Council co-chaired by the two prime ministers was formed",
          "figures": [
            "2023"
          ]
        }
      ]
    },
    {
      "id": "aliyev-official-visit-uzbekistan",
      "kind": "OFFICIAL_VISIT",
      "title": {
        "en": "President Aliyev's official visit to Uzbekistan (return visit)",
        "ar": "الزيارة الرسمية للرئيس علييف إلى أوزبكستان"
      },
      "dates": [],
      "place": {
        "country": "UZ",
        "city": null
      },
      "countries": [
        "AZ",
        "UZ"
      ],
      "participants": [
        "ilham-aliyev"
      ],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 4048,
          "end": 4351,
          "claim": "The first session of the expanded intergovernmental council, held during President Aliyev's official visit to Uzbekistan, set up a bilateral investment council with $500 million capital focused on high-tech production",
          "figures": [
            "٥٠٠"
          ]
        }
      ]
    },
    {
      "id": "az-uz-expanded-intergovernmental-council-first-meeting",
      "kind": "COUNCIL_SESSION",
      "title": {
        "en": "First meeting of the expanded Azerbaijan–Uzbekistan intergovernmental council",
        "ar": "الاجتماع الأول للمجلس الحكومي المشترك الموسع"
      },
      "dates": [],
      "place": {
        "country": "UZ",
        "city": null
      },
      "countries": [
        "AZ",
        "UZ"
      ],
      "participants": [],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 4048,
          "end": 4351,
          "claim": "The first session of the expanded intergovernmental council, held during President Aliyev's official visit to Uzbekistan, set up a bilateral investment council with $500 million capital focused on high-tech production",
          "figures": [
            "٥٠٠"
          ]
        }
      ]
    },
    {
      "id": "baku-tashkent-direct-flights-opening-2024-01",
      "kind": "OPENING",
      "title": {
        "en": "Launch of direct Baku–Tashkent flights",
        "ar": "افتتاح رحلات مباشرة بين باكو وطشقند"
      },
      "dates": [
        {
          "start": {
            "year": 2024,
            "month": 1
          },
          "basis": "STATED",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 3760,
            "end": 3845,
            "claim": "Direct Baku–Tashkent flights were launched in January 2024 to encourage business and tourist travel",
            "figures": [
              "٢٠٢٤"
            ]
          }
        }
      ],
      "place": null,
      "countries": [
        "AZ",
        "UZ"
      ],
      "participants": [],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3760,
          "end": 3845,
          "claim": "Direct Baku–Tashkent flights were launched in January 2024 to encourage business and tourist travel",
          "figures": [
            "٢٠٢٤"
          ]
        }
      ]
    },
    {
      "id": "ebrd-titr-study-2023-06",
      "kind": "OTHER",
      "title": {
        "en": "EBRD study on the Trans-Caspian route, organised with the European Commission",
        "ar": "الدراسة التي نظمها البنك الأوروبي لإعادة الإعمار والتنمية"
      },
      "dates": [
        {
          "start": {
            "year": 2023,
            "month": 6
          },
          "basis": "STATED",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 879,
            "end": 1008,
            "claim": "An influential EBRD study on TITR, organised with the European Commission, appeared in June 2023",
            "figures": [
              "2023"
            ]
          }
        }
      ],
      "place": null,
      "countries": [
        "KZ"
      ],
      "participants": [],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 879,
          "end": 1008,
          "claim": "An influential EBRD study on TITR, organised with the European Commission, appeared in June 2023",
          "figures": [
            "2023"
          ]
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1105,
          "end": 1206,
          "claim": "The report sought the most sustainable option for efficient Central Asia–Europe transport links",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1207,
          "end": 1322,
          "claim": "The EBRD report identified a route called the Central Trans-Caspian Network (CTCN) running mostly through southern Kazakhstan",
          "figures": []
        }
      ]
    },
    {
      "id": "world-bank-uz-kz-rail-report-2023-11",
      "kind": "OTHER",
      "title": {
        "en": "World Bank report on Central Asian connectivity noting potential Uzbekistan–Kazakhstan rail improvements",
        "ar": "تقرير منفصل وتكميلي نشره البنك الدولي"
      },
      "dates": [
        {
          "start": {
            "year": 2023,
            "month": 11
          },
          "basis": "STATED",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 1439,
            "end": 1592,
            "claim": "A complementary World Bank report of November 2023 noted scope to improve Uzbekistan–Kazakhstan rail links without naming projects",
            "figures": [
              "2023"
            ]
          }
        }
      ],
      "place": null,
      "countries": [
        "UZ",
        "KZ"
      ],
      "participants": [],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1439,
          "end": 1592,
          "claim": "A complementary World Bank report of November 2023 noted scope to improve Uzbekistan–Kazakhstan rail links without naming projects",
          "figures": [
            "2023"
          ]
        }
      ]
    }
  ],
  "corridors": [
    {
      "id": "middle-corridor",
      "kind": "MULTIMODAL",
      "name": {
        "en": "Trans-Caspian International Transport Route (Middle Corridor)",
        "ar": "طريق التجارة الدولي العابر للبحر القزوين"
      },
      "aliases": [
        "TITR",
        "Middle Corridor",
        "الممر الأوسط"
      ],
      "countries": [
        "AZ",
        "UZ",
        "KZ",
        "TR"
      ],
      "status": "OPERATING",
      "dates": [],
      "summary": "Key trade and infrastructure link joining Central Asia, the South Caucasus and Turkey; Azerbaijan works to integrate Uzbekistan into it without relying on southern Kazakhstan routes; effects expected to be clearer by 2030.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 534,
          "end": 744,
          "claim": "Uzbekistan plays a key role in Baku's push for the Trans-Caspian International Transport Route (Middle Corridor) linking Central Asia, the South Caucasus and Turkey",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 2112,
          "end": 2228,
          "claim": "Azerbaijan has worked actively to integrate Uzbekistan into the Middle Corridor without depending on southern Kazakhstan routes",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 2406,
          "end": 2584,
          "claim": "These efforts aim to give Uzbekistan direct access to the Caspian and European markets via Azerbaijan, largely bypassing Kazakhstan",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 4910,
          "end": 4956,
          "claim": "The effect of the partnership will become clearer by 2030 and beyond",
          "figures": [
            "٢٠٣٠"
          ]
        }
      ]
    },
    {
      "id": "central-trans-caspian-network",
      "kind": "MULTIMODAL",
      "name": {
        "en": "Central Trans-Caspian Network (CTCN)",
        "ar": "شبكة النقل المركزية عبر بحر قزوين"
      },
      "aliases": [
        "CTCN"
      ],
      "countries": [
        "KZ"
      ],
      "status": "PROPOSED",
      "dates": [],
      "summary": "Route identified by the June 2023 EBRD/European Commission study as the most sustainable Central Asia–Europe option; runs mostly through southern Kazakhstan using established infrastructure.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1207,
          "end": 1322,
          "claim": "The EBRD report identified a route called the Central Trans-Caspian Network (CTCN) running mostly through southern Kazakhstan",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1323,
          "end": 1434,
          "claim": "The CTCN route uses established infrastructure and logistics, making it the most suitable option",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 879,
          "end": 1008,
          "claim": "An influential EBRD study on TITR, organised with the European Commission, appeared in June 2023",
          "figures": [
            "2023"
          ]
        }
      ]
    },
    {
      "id": "darbaza-maktaaral-railway",
      "kind": "RAIL",
      "name": {
        "en": "Darbaza–Maktaaral railway",
        "ar": "مشروع دربازا-مكتارال"
      },
      "aliases": [
        "Darbaza-Maktaaral"
      ],
      "countries": [
        "KZ"
      ],
      "status": "UNDER_CONSTRUCTION",
      "dates": [
        {
          "start": {
            "year": 2025
          },
          "basis": "STATED",
          "basisNote": "Expected completion year",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 1593,
            "end": 1791,
            "claim": "Kazakhstan's Darbaza–Maktaaral rail project, expected to be completed in 2025, could extend to Syrdarya station and then a branch to Zhetysai on the Uzbek border",
            "figures": [
              "2025"
            ]
          }
        }
      ],
      "summary": "Kazakh rail project expected to be completed in 2025; could first extend to Syrdarya station, with a further branch to Zhetysai on the Uzbek border, relieving the Saryagash crossing (up to 10 million tonnes/year); aimed at bilateral food and farm trade rather than Middle Corridor integration.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1593,
          "end": 1791,
          "claim": "Kazakhstan's Darbaza–Maktaaral rail project, expected to be completed in 2025, could extend to Syrdarya station and then a branch to Zhetysai on the Uzbek border",
          "figures": [
            "2025"
          ]
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1796,
          "end": 1955,
          "claim": "The Darbaza–Maktaaral project would ease congestion at the Saryagash crossing to Uzbekistan north of Tashkent and could raise transport capacity to 10 million tonnes a year",
          "figures": [
            "10"
          ]
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1956,
          "end": 2107,
          "claim": "The project targets bilateral trade, especially food and agricultural goods, not Uzbekistan's integration into the Middle Corridor",
          "figures": []
        }
      ]
    },
    {
      "id": "syrdarya-zhetysai-branch-line",
      "kind": "RAIL",
      "name": {
        "en": "Syrdarya–Zhetysai branch line",
        "ar": "خط فرعي إلى جيتيساي"
      },
      "aliases": [
        "Zhetysai branch",
        "جيتيساي",
        "محطة سيرداريا"
      ],
      "countries": [
        "KZ",
        "UZ"
      ],
      "status": "PROPOSED",
      "dates": [],
      "summary": "Possible branch from Syrdarya station in Kazakhstan to Zhetysai on the border with Uzbekistan, as an extension of Darbaza–Maktaaral.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1593,
          "end": 1791,
          "claim": "Kazakhstan's Darbaza–Maktaaral rail project, expected to be completed in 2025, could extend to Syrdarya station and then a branch to Zhetysai on the Uzbek border",
          "figures": [
            "2025"
          ]
        }
      ]
    },
    {
      "id": "saryagash-border-crossing",
      "kind": "BORDER_CROSSING",
      "name": {
        "en": "Saryagash border crossing",
        "ar": "المعبر الحدودي الحالي سارياغاش"
      },
      "aliases": [
        "Saryagash",
        "سارياغاش"
      ],
      "countries": [
        "KZ",
        "UZ"
      ],
      "status": "OPERATING",
      "dates": [],
      "summary": "Existing congested Kazakhstan–Uzbekistan crossing north of Tashkent.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 1796,
          "end": 1955,
          "claim": "The Darbaza–Maktaaral project would ease congestion at the Saryagash crossing to Uzbekistan north of Tashkent and could raise transport capacity to 10 million tonnes a year",
          "figures": [
            "10"
          ]
        }
      ]
    },
    {
      "id": "samarkand-baku-multimodal-route",
      "kind": "MULTIMODAL",
      "name": {
        "en": "Samarkand–Baku multimodal transport lines",
        "ar": "خطوط النقل متعدد الوسائط بين سمرقند وباكو"
      },
      "aliases": [],
      "countries": [
        "UZ",
        "AZ"
      ],
      "status": "UNKNOWN",
      "dates": [],
      "summary": "Jointly invested multimodal lines and logistics centres giving Uzbekistan direct access to the Caspian and European markets via Azerbaijan.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 2298,
          "end": 2405,
          "claim": "Azerbaijan and Uzbekistan co-invest in logistics centres and multimodal transport lines between Samarkand and Baku",
          "figures": []
        },
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 2406,
          "end": 2584,
          "claim": "These efforts aim to give Uzbekistan direct access to the Caspian and European markets via Azerbaijan, largely bypassing Kazakhstan",
          "figures": []
        }
      ]
    },
    {
      "id": "baku-tashkent-direct-flights",
      "kind": "AIR_ROUTE",
      "name": {
        "en": "Baku–Tashkent direct flights",
        "ar": "رحلات مباشرة بين باكو وطشقند"
      },
      "aliases": [],
      "countries": [
        "AZ",
        "UZ"
      ],
      "status": "OPERATING",
      "dates": [
        {
          "start": {
            "year": 2024,
            "month": 1
          },
          "basis": "STATED",
          "source": {
            "document": "001_dd8f3a1850d5fa0b",
            "start": 3760,
            "end": 3845,
            "claim": "Direct Baku–Tashkent flights were launched in January 2024 to encourage business and tourist travel",
            "figures": [
              "٢٠٢٤"
            ]
          }
        }
      ],
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 3760,
          "end": 3845,
          "claim": "Direct Baku–Tashkent flights were launched in January 2024 to encourage business and tourist travel",
          "figures": [
            "٢٠٢٤"
          ]
        }
      ]
    },
    {
      "id": "russia-kazakhstan-transit-routes",
      "kind": "TRADE_ROUTE",
      "name": {
        "en": "Transit routes via Russia and Kazakhstan",
        "ar": "مسارات العبور عبر روسيا وكازاخستان"
      },
      "aliases": [],
      "countries": [
        "RU",
        "KZ"
      ],
      "status": "UNKNOWN",
      "dates": [],
      "summary": "Article says 'completing' (إكمال, possibly 'complementing') these transit routes boosts the partners' resilience and independence from major powers.",
      "sources": [
        {
          "document": "001_dd8f3a1850d5fa0b",
          "start": 5081,
          "end": 5203,
          "claim": "Completing transit routes via Russia and Kazakhstan strengthens the partners' economic resilience while raising their independence from major powers",
          "figures": []
        }
      ]
    }
  ]
} satisfies DocumentFileInput;
