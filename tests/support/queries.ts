/** The deep bilateral profile: what the README shows and what the SQL-count and benchmark checks use. */
export const BILATERAL_PROFILE = /* GraphQL */ `
  query BilateralProfile($a: ID!, $b: ID!) {
    bilateral(a: $a, b: $b) {
      id
      countries { code iso3 name arabic: name(lang: AR) leaders { id name } }
      agreements {
        id title kind status signedOn { iso } signedOnDisputed
        parties { code name }
        signatories { id name }
        sources { document publisher publishedOn claim start end }
      }
      indicators {
        id metric kind value unit year changePercent label
        countries { code }
        sources { document publisher publishedOn claim start end }
      }
      events {
        id kind title date { iso }
        participants { id name }
        sources { document claim start end }
      }
      people {
        id name
        roles { kind title country { code } sources { document claim } }
      }
    }
  }
`;
