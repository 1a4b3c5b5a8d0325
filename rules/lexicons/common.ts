/**
 * Short everyday words (English and Spanish). A word split by spaces is only re-joined
 * when one of its pieces is NOT one of these: "bit ch" is "bitch", "pen is" is not "penis".
 * Written for this project.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a i am an as at be by do go he if in is it me my no of oh on or ok so to up us we
  all and any are ask bad big bit but can car cat cup day did dog eat end far few for fun
  get got had has her him his hot how its job let lot low man may men new not now off old
  one our out own pen put ran red run saw say see she sit six sun ten the too top two use
  was way who why win yes yet you also back ball bell best body book both call came care
  come cool dark days does done door down each even ever face fact fall farm fast fine fire
  five four free from full gave girl give goes gone good hand hard have head help here high
  hold home hope hour into just keep kind knew know land last late left less life like line
  list live long look lost love made make many mass more most move much must name near need
  next nice none note only open over pass past plan play rest ride road room said same seen
  send ship shop show side sing some song soon stay stop such sure take talk team tell than
  that them then they this time told took tree true turn type very wait walk want warm wash
  week well went were what when will wind wish with word work year your
  al el la lo le los las un una uno de del en es se si ya yo tu mi su que con por para sin
  mas muy hay ser fue era son soy eres todo toda bien mal dia mes ano casa vez sol mar pan
  ella ellos nos les como cuando donde pero solo esto este esta eso ese esa aqui alli mucho`.split(/\s+/).filter(Boolean),
);
