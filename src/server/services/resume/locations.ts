/**
 * Regions that may end a "City, Region" location: US states (codes and names), Canadian provinces,
 * Australian and Indian states, UK nations and common countries. Lower-case for lookup.
 */
const REGIONS = [
  'al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc',
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming',
  'ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|on|bc|qc|ab|new south wales|victoria|queensland|nsw|vic|qld',
  'maharashtra|karnataka|tamil nadu|kerala|telangana|andhra pradesh|gujarat|rajasthan|punjab|haryana|delhi|new delhi|uttar pradesh|madhya pradesh|west bengal|bihar|odisha|orissa|assam|goa|jharkhand|chhattisgarh|uttarakhand|himachal pradesh',
  'england|scotland|wales|northern ireland|uk|united kingdom|usa|us|united states|canada|australia|new zealand|ireland|india|germany|france|spain|portugal|italy|netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|czech republic|romania|greece|turkey|israel|uae|united arab emirates|saudi arabia|qatar|egypt|nigeria|kenya|south africa|brazil|mexico|argentina|chile|colombia|peru|japan|china|singapore|malaysia|indonesia|philippines|vietnam|thailand|pakistan|bangladesh|sri lanka|nepal|south korea',
];

export const LOCATION_REGIONS: ReadonlySet<string> = new Set(REGIONS.flatMap((group) => group.split('|')));
