"""The words of a stance (issue 15): a trigger pattern per kind and language, the cheap
literal test that lets a sentence with none of them skip the stance rules, and the words that
let the corridor rules resolve "the corridor" in a sentence about a stance.

The kinds' boundaries are the development set's (``tests/devset/README.md``): ``supports`` is
for something ongoing or to come, ``welcomes`` a reaction to something that happened,
``opposes`` an objection or rejection, ``condemns`` a condemnation or accusation,
``concernedAbout`` a concern or fear; :mod:`.stance_kinds` moves a trigger across them where the
sentence says so (a welcome of a process supports it, a call for a thing's end opposes it).
"""

from __future__ import annotations

import re

from loaders.rules.stance_kinds import EVALUATION, EVALUATION_WORDS

# -- triggers ---------------------------------------------------------------------

_W = r"[\w'-]*"  # the rest of a word
# "normalleşme sürecinin sürdürülmesine ilişkin uzlaşılarını vurguladılar": asking that a thing go on,
# go further or be completed is being for it
CONTINUATION_TR = (
    r"(?:(?:sürdürül|devam ettiril|ilerletil|derinleştiril|hizlandiril)m[ae]s\w*|devamin[iae]\w*)"
)
TRIGGERS: dict[str, dict[str, re.Pattern[str]]] = {
    "supports": {
        "en": re.compile(
            r"\b(?:support(?:s|ed|ing)?\b(?! of\b)|backing|back(?:s|ed)\b(?! (?:off|down|away|out|up)\b)|"
            r"endors\w*|in favou?r of|advocat\w*|(?:supporters?|proponents?|backers?|champions?) of\b|"
            r"thr(?:ew|ow|ows|owing) (?:its|their|his|her) (?:full )?weight behind|green light (?:to|for)\b|"
            r"solidarity with\b|"
            r"(?:push|press|mov|forg)(?:es|ed|ing|e|s)? ahead with\b|"
            r"(?:keen|eager|wants?|wanted|wishe[sd]) to (?:sign|open|build|conclude|implement|launch|develop|"
            r"complete|finali[sz]e|see)\b|"
            r"promot(?:e|es|ed|ing)\b|champion(?:s|ed|ing)?\b|"
            r"call(?:s|ed|ing)? (?:for|on)\b|appeal(?:s|ed|ing)? (?:to|for)\b|urg(?:e|es|ed|ing)\b|"
            r"(?:push|press)(?:es|ed|ing)? for\b|"
            r"pressur\w* \S+ to|pushed for|demand(?:s|ed|ing)?\b|insist(?:s|ed|ing)? on|asked for|"
            r"seek(?:s|ing)?\b|sought\b|"
            r"commit(?:ted|ment) to|dedicat\w* to|ready to|readiness to|willing(?:ness)? to|prepared to|"
            # "the continued commitment of Armenia and Azerbaijan to ...", "the readiness of the two leaders
            # to sign": the stance of the ones the noun is of (see stances.STANCE_NOUN_OF_EN)
            r"(?:commitment|readiness|willingness|determination|dedication|resolve|intention) of\b|"
            r"(?:reaffirm|reiterat|confirm)\w* (?:their|its|his|her) "
            r"(?:agreement|commitment|support|readiness|dedication)|"
            r"hopes? for|optimistic|signal(?:l)?ed (?:its )?(?:support|hopes?)|"
            r"(?:the )?(?:importance|significance) of|attach\w* (?:great |particular )?importance|"
            r"of (?:particular|great|strategic|key) importance|strategic step|"
            r"offer(?:s|ed)? to work|"
            # "offered to help establish a lasting peace", "offers to mediate", "offered its good offices"
            r"offer(?:s|ed|ing)? to (?:help|assist|mediate|host|facilitate|contribute)\b|"
            r"offer(?:s|ed|ing)? (?:its|his|her|their) (?:help|assistance|mediation|good offices|support)\b|"
            r"agreed to (?:continue|carry|implement|pursue|team up|advance|intensify|accelerate|step up|"
            r"speed up|resume|"
            r"move forward)|"
            # an agreement to carry a thing out supports it: "agreed to launch the demarcation process",
            # "agreed to begin the delimitation from the north", "agreed on the reopening of the railway"
            # "expressed interest in further development of the corridor", "great interest from China in the
            # use of the railway", "is interested in the Middle Corridor": for it
            r"(?:express\w*|show\w*|voic\w*|signal\w*|has|have|had|there is|there was) (?:an? )?"
            r"(?:(?:great|strong|keen|particular|high|growing|considerable|serious|huge|big) )?"
            r"interest(?= (?:in|from)\b)|(?<=\bis )interested in\b|(?<=\bare )interested in\b|"
            r"(?<=\bwas )interested in\b|(?<=\bwere )interested in\b|"
            # "instructed their foreign ministers to expedite the drafting of a peace treaty": pushing for it
            r"instruct(?:ed|s|ing)? (?:their|his|her|its|the|both) (?:[\w-]+ ){0,3}to (?:\w+ly )?(?:expedite|"
            r"accelerate|speed up|step up|intensify|continue|finali[sz]e|prepare|start|begin|launch|resume|"
            r"conclude|work on)\b|"
            r"agree(?:d|s)? to (?:\w+ly )?(?:launch|begin|start|proceed with|restore|reopen|re-open|"
            r"establish|create|build|develop|finali[sz]e|conclude|sign|assess|examine|study|explore)\b|"
            r"agree(?:d|s)? (?:on|upon) (?:the )?(?:launch|start|opening|reopening|re-opening|creation|"
            r"construction|implementation|continuation|resumption|development|establishment|"
            r"restoration) of\b|"
            r"announced the (?:creation|launch|construction|development|goal)|(?:their|its) goal to|"
            # "Armenia is aimed at peace" (not "efforts aimed at ...", a noun's description)
            r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbe )|(?<=remain )|(?<=remains ))"
            # (not "aimed at disrupting the efforts": against them)
            r"aimed at(?! (?:disrupt|undermin|sabotag|derail|torpedo|thwart|hinder|obstruct|block|prevent|"
            r"destabili|provok|escalat))|"
            r"(?:mov\w*|head\w*) (?:forward |further )?in the direction of|"
            r"pav\w* the way (?:to|for)|"
            r"on the (?:way|path|road) to|wish\w* [^.]{0,40}success|-backed|"
            r"(?:do|doing|did) (?:everything|all) (?:we|it|they|he|she) can|"
            # "will do everything to help the normalisation", "do everything possible for peace"
            r"(?:do|doing|did) everything (?:possible |necessary |in order )?(?:to|for)\b|"
            # "a new impetus to the peace process", "gave fresh impetus to the talks"
            r"(?:new|fresh|further|strong|additional|an|gave|give|gives|giving) impetus (?:to|for)\b|"
            r"(?:everything|all) in (?:its|their|our|his|her|my) power\b|"
            r"work(?:s|ed|ing)? (?:towards?|for)\b|expressed (?:confidence|hope|optimism) that|"
            r"(?:begin|began|begun|start\w*|continu\w*|launch\w*) (?:the )?work(?:ing)? on\b|"
            r"(?:continu\w*|step\w* up|redoubl\w*|intensif\w*) (?:its |their |his |her |the |our )?"
            r"(?:[\w-]+ ){0,2}efforts\b|(?:desire|aspiration|determination|resolve) to\b|"
            r"(?:will|would|to|shall) continue "
            r"(?=(?:the |their |its |our )?(?:dialogue|talks|negotiations)\b)|"
            r"(?:construction|building|implementation|completion|launch|opening) of\b|announc(?:ed|es|ing)\b|"
            r"(?:it is|it's) time to|supportive\b|propos(?:ed|es|ing|al) (?:to|for)\b|"
            # "the platform initiated by Aliyev", "a corridor proposed by Baku": proposing a thing is being
            # for it (the README), where the passive names who proposed it
            r"(?:initiated|proposed|put forward)(?= by\b)|"
            r"(?:it is|it was|is|was|deemed|considered) (?:necessary|essential|imperative) to\b|"
            r"(?:an? |the )?(?:important|significant|major|key|crucial|positive|decisive|additional|further|"
            r"concrete|practical|tangible|new) steps? "
            r"(?:towards?|to|in)\b|"
            r"(?:the )?(?:need|necessity) (?:for|to|of)\b|ready for\b|encourag(?:e|es|ed|ing)\b|"
            r"spare no efforts?\b|(?:goal|aim|objective) (?:of [\w ]{1,40} )?is to\b|"
            r"(?:stands?|stood) (?:firmly |fully |always )?(?:for|by|behind|with)\b|"
            r"(?:we|i) (?:also |still |sincerely )?hope (?:that|to)\b|"
            r"open to (?=(?:direct |bilateral |peace |new )?(?:talks|negotiations|dialogue)\b)|"
            r"(?:hopes|hoped|hoping) (?:that|to)\b|dr[ae]w(?:s|ing)? (?:particular )?attention to\b|"
            r"in (?:everyone's|everybody's|our|the|its|their|both (?:sides|countries)'|(?:the )?mutual|"
            r"(?:the )?common) (?:best )?interests? to|"
            r"(?:position|stance) (?:on|in favou?r of) (?:the )?(?:opening|creation|construction|launch|"
            r"implementation|establishment) of|"
            r"(?:should|must) be (?:carried out|settled|resolved) within the framework of|"
            # "the dispute ... must be resolved through talks", "should be settled peacefully"
            r"(?:must|should|can only|could only|needs? to|has to|have to) be (?:resolved|settled)"
            r"(?= (?:through|by|via|peacefully|politically|diplomatically|at the negotiating table|only)\b)|"
            # "contribute to a peaceful settlement", not "contributed to the escalation"
            r"contribut(?:e|es|ed|ing) to\b"
            r"(?= (?:the |a |an |its |their |further |lasting |peaceful |successful )*"
            r"(?:peace|settlement|resolution|process|normali|stability|development|implementation|negotiat|talks|"
            r"dialogue|efforts?|success|construction|reali[sz]ation|launch|opening|establishment|signing|"
            r"creation|conclusion))|"
            r"(?:agreed|agree|agrees|pledg\w*|vow\w*|promis\w*|decided) to (?:\w+ly )?work on\b|"
            r"(?:threaten|vow|promis|pledg|plan|intend)\w* to (?:\w+ )?"
            r"(?:open|build|construct|develop|launch)\b)"
        ),
        "tr": re.compile(
            r"(?:destekl\w*|destek (?:ver|ol|sağla|çik)\w*|destek\b|desteğ\w*|destekçisi\w*|lehinde\w*|"
            r"önem (?:ver|taşi|atfe)\w*|önemin\w* (?:vurgula|işaret|altini çiz|değin)\w*|önemli olduğ\w*|"
            r"(?<=n) yana (?:olduğ|oldukl|ol|\w*d[iı]r|y[iı]z)\w*|"
            # "Türkiye, koridorun açılmasından yana.": in favour of it, the copula left out
            r"(?<=[dt][ae]n) yana(?=\s*(?:[.;!]|$))|"
            # "açılmasını istiyor", "imzalanmasını istediklerini", "istemektedir" (the stem "iste-")
            r"m[ae]s[iı]n[iı] (?:isti(?:yor|yoruz|yorlar|yorum|di|ğini|ğimizi|kler)|"
            r"iste(?:di|diğ|dikl|mekte|r\b|riz|rler)|arzu)\w*|"
            # "Azerbaycan tarafından önerilen koridor", "... tarafından önerildi": proposed by an agent
            r"(?<=tarafindan )öner(?:il|ilen|ildi)\w*|"
            r"vurgu yap\w*|hazir (?:olduğ|oldukl|ol|ız|iz)\w*|hazirim\w*|hazir(?:dir|iz|diz)?\b|"
            r"bağliliğ\w*|bağliliklari\w*|taahhüd\w*|taahhüt\w*|kararli\w*|"
            r"çağri(?!l)\w*|çağir(?!il)\w*|talep\w*|israr\w*|"
            # "savaşın bir an önce bitirilmesi gerektiğini kaydetti": that a thing must end (the kinds
            # turn the end asked for into an objection to the thing)
            r"(?<=m[ae]si )gerek(?:tiğ|ir|iyor|mekte)\w*|"
            r"mutabik kal\w*|mutabakat\w* teyit\w*|teyit et\w*|"
            # "TRIPP'in hayata geçirilmesini kararlaştırdı", "çalışmaları yürütmelerine karar verdi": a
            # decision to carry a thing out supports it
            r"(?<=[mn][ae]si[nı] )(?:kararlaştir|karar ver)\w*|"
            r"(?<=[mn][ae]sini )(?:kararlaştir|karar ver)\w*|"
            r"(?<=m[ae]ye )karar ver\w*|(?<=m[ae]lerine )karar ver\w*|(?<=m[ae]larina )karar ver\w*|"
            # "müzakereleri için bir araya gelmeleri talimatı veren", "hızlandırılması talimatını verdi"
            r"(?<=m[ae]l[ae]ri )talimat\w*|(?<=m[ae]si )talimat\w*|(?<=m[ae]sini )talimat\w*|"
            r"(?<=m[ae]lerini )talimat\w*|(?<=m[ae]larini )talimat\w*|"
            r"hayata geçiril\w*|hayata geçir\w*|geliştirilmesi\w*|geliştiril[ae]c[ae]ğ\w*|"
            r"kuvvetlendirilmesi\w*|"
            r"umut\w* (?:dile getir|ifade et|taşi)\w*|umutlu\w*|öncelik\w*|"
            r"ümit (?:et|ed)\w*|ümidin\w*|umuyor\w*|umduğ\w*|umdukl\w*|umut (?:et|ed)\w*|"
            r"(?<=yolunda )(?:ilerle|kararli|adim)\w*|"
            r"katki sağla\w*|açilmasini bekli\w*|bekliyoruz|"
            # "sürecin bir an önce tamamlanmasını beklediklerini": expecting it done is being for it
            r"(?<=m[ae]sini )bekl(?:iyor|edikl|ediğ|emekte)\w*|"
            r"anlaşmaya var\w*|imzalanabil\w*|elimizden gelen\w*|elinden gelen\w*|önemsiyor\w*|"
            r"için (?:çaba|çaliş)\w*|"
            r"(?:(?<=süreci )|(?<=diyalog )|(?<=diyaloğu )|(?<=müzakereleri )|(?<=görüşmeleri ))"
            r"(?:\w+ ){0,3}?(?:sürdür|devam ettir|ilerlet|hizlandir)(?!ül)\w*|"
            r"ileriye taşi\w*|istekli\w*|"
            r"(?<=çabalarini )(?:sürdür|devam ettir|artir|yoğunlaştir)(?!ül)\w*|"
            r"(?<=çabalarina )devam\w*|"
            r"(?<=müzakerelere )açi\w*|(?<=görüşmelere )açi\w*|"
            r"(?:sürdürme|devam etme|hizlandirma|yoğunlaştirma)\w* (?:konusunda |hususunda )?"
            r"(?:uzlaş|anlaş|mutabik|karar)\w*|"
            r"(?<!')(?:inşasi|inşasinin|inşasina|inşasini|yapiminin|yapimina|yapimi)\b|"
            # "TRIPP'in inşa sürecinin devam ettiğini": the building under way, told by someone
            r"inşa süre[cç]\w*|"
            # "barışa katkıyı sürdürecek", "katkıda bulunmaya": contributing to it
            r"katkida bulun\w*|katki(?:yi|larini|sini|mizi)? (?:sürdür|devam)\w*|"
            r"(?:hizmete (?:al|aç|gir)|aç|inşa et|tamamla|hayata geçir|faaliyete geçir)\w*m[ae]y[iı] "
            r"(?:planla|hedefle|amaçla)\w*|"
            r"yeni bir (?:bariş|refah|işbirliği|iş birliği)\w*(?: ve \w+)? dönem\w*|zaman(?:i|inin) gel\w*|"
            r"olumlu bak\w*|sicak bak\w*|yeşil işik yak\w*|katki sun\w*|önem arz\w*|"
            # "önemli bir adım" said of a thing, not "önemli adımlar atıyor" (taking steps: an act)
            r"önemli (?:bir )?adim(?!\w*\s+(?:at[ıi]|at[ıi]l|atmak|atma|attı|atti))\w*|"
            r"gerektiğin\w*|gerekliliğin\w*|yaninda (?:ol|dur|yer al)\w*|önemin\w* dikkat\w* çek\w*|"
            r"dayanişma\w*|dayaniş\w*|" + CONTINUATION_TR + r")"
        ),
    },
    "welcomes": {
        "en": re.compile(
            r"\b(?:welcom(?:ed|es|ing)\b|"
            r"welcome\b(?! (?:ceremony|dinner|reception|speech|address|party)\b)|"
            r"hail(?:ed|s|ing)\b|prais(?:ed|es|ing)\b|applaud\w*|commend\w*|"
            r"thank(?:ed|s|ing)?\b|gratitude|appreciat\w*|milestone|momentous|breakthrough|laud(?:ed|s|ing)\b|"
            r"congratulat\w*|satisfaction (?:with|over|at|about)\b|"
            r"historic (?:day|moment|step|event|achievement|agreement|document|project)\b|"
            r"(?:very |deeply )?pleased|highlighted the role of|succeeded in making peace|"
            # "Russia was satisfied with the implementation of the statement", "glad about the visit"
            r"(?:very |fully |deeply )?(?:satisfied|delighted) (?:with|by|at)\b|"
            r"(?:very |so )?(?:glad|happy) (?:with|about)\b|"
            r"(?:highly|greatly|deeply|very much) valu(?:e|es|ed|ing)\b|"
            r"valu(?:e|es|ed) (?:highly|greatly)\b)|" + EVALUATION["en"].pattern
        ),
        "tr": re.compile(
            r"(?:memnuniyet\w*|memnun\w*|alkişla\w*|"
            r"olumlu karşila\w*|selamla\w*|selamliyor\w*|takdir\w*|teşekkür\w*|"
            r"minnettar\w*|"
            r"tebrik\w*|mutluluğ\w*|mutluluk (?:duy|verici)\w*|sevindiri\w*|olumlu (?:değerlendir|bul)\w*|"
            # "imzalanmasından büyük sevinç duyduğunu", "ziyaret kendilerini mutlu etti", "olumlu bir gelişme
            # olarak değerlendirdi"
            r"sevinç (?:duy|verici)\w*|mutlu (?:et|ed)\w*|"
            r"olumlu bir (?:gelişme|adim)\w* (?:olarak )?(?:değerlendir|nitelendir|gör)\w*|"
            r"tarihi bir (?:gün|adim|an|karar)\w*|tarihi karar\w*|dönüm noktasi\w*|kilometre taşi\w*|"
            # "Deklarasyonu tarihi bir belge olarak nitelendirdi", as "called it a historic document"
            r"tarihi bir (?:belge|başari|olay|gelişme)\w*(?= olarak)|"
            r"(?:önemli )?(?:bir )?(?:merhale|dönemeç)\w*)|" + EVALUATION["tr"].pattern
        ),
    },
    "opposes": {
        "en": re.compile(
            # not "the opposing side" (the other side of a talk), "protesters", "a protest camp"
            r"\b(?:oppos(?:e|es|ed|ition)\b|opposing\b(?!\s+(?:side|party|parties|sides)\b)|"
            r"object(?:s|ed|ing|ion)\b|reject\w*|"
            r"protest(?!ers?\b|\s+(?:camp|rally|rallies|tent|site|march|action)s?\b)\w*|"
            r"(?:is|are|was|were|stands?|stood|remains?) (?:\w+ly |also |still )?against|"
            r"criticiz\w*|criticis\w*|red line|resist\w*|warn\w* against|rul(?:e|es|ed|ing) out\b|"
            r"refus\w* to (?:accept|recogni[sz]e|back|support|endorse|join|allow|sign|discuss)\b|"
            r"turn(?:s|ed|ing)? down\b|"
            r"(?:will|would|shall) (?:never|not) (?:allow|permit|tolerate)\b|"
            r"never (?:allow|permit|tolerate)\b|"
            r"(?:vow\w*|pledg\w*|threaten\w*|promis\w*|determined|(?:will|would)) to "
            r"(?:block|prevent|thwart)\b|"
            r"negative (?:stance|attitude|position)|unacceptable|not acceptable|"
            r"(?:do|does|did|will) not accept|(?:will |would |shall |can )?never accept\b|"
            r"violat\w*|is not (?:discussed|on the agenda)|"
            # "Azerbaijan is now attacking Armenia's border", "Baku is stalling the talks": read as
            # "violates" is, an accusation of the subject in someone's words
            r"(?:(?<=\bis )|(?<=\bare )|(?<=\bbe )|(?<=\bnow )|(?<=\bstill ))"
            r"(?:attacking|shelling|torpedoing|sabotaging|stalling)\b|"
            r"(?:(?<=\bhas )|(?<=\bhave )|(?<=\bhad ))(?:attacked|shelled|torpedoed|sabotaged)\b|"
            r"(?:torpedo|sabotag)(?:es|ed|ing)\b|"
            r"(?:was|is|has|have|had) (?:never|not) been on the agenda|(?:was|were|are) not on the agenda|"
            r"(?:is|are) not envisaged|(?:must|should) be (?:abolished|dissolved|disbanded|removed)|"
            r"disagree\w*|undermin\w*|dismiss(?:ed|es|ing)\b|slamm?(?:ed|s|ing)?\b|lambast\w*|blast(?:s|ed)\b)"
        ),
        "tr": re.compile(
            r"(?:itiraz\w*|karşi çik\w*|karşi olduğ\w*|karşi\w* (?:duruş|tutum)\w*|redde[dt]\w*|"
            r"olumsuz (?:tavr|tutum|bak|yaklaş|karşila|değerlendir)\w*|kabul etm(?:iyor|eyece|ez|edi)\w*|"
            r"kabul edilemez\w*|izin verm(?:eyece|ey[ie]z|iyor|em)\w*|karşi (?:tavr|tavir)\w*|"
            r"kirmizi çizgi\w*|sert çik\w*|engelle(?:yeceğ|mek)\w*|engelliyor\w*|karşi oldukl\w*|karşiyiz\b|"
            r"karşidir\b|karşi çikiyor\w*|hemfikir değil\w*|"
            # "böyle bir koridorun gündemde olmadığını söylüyor", "müzakere gündeminde hiç olmadı": ruled out
            r"gündem\w* (?:hiç |asla |kesinlikle )?(?:değil|olmadiğ|olmadi|yok)\w*|"
            r"(?:fesh\w*|kapatilma\w*|lağved\w*) şart\w*|tehdit gel\w*|eleştir\w*|"
            # (not "Bakü'nün tepkisini bekliyoruz": a reaction awaited)
            r"tepki(?!\w*\s+(?:bekl|merakla|ne olaca))\w*)"
        ),
    },
    "condemns": {
        "en": re.compile(
            r"\b(?:condemn\w*|denounc\w*|deplor\w*|decr(?:ies|ied)\b|accus(?:ed|es|ing|ation)\w*|blam(?:ed|es|ing)\b|"
            r"(?:lash|hit)(?:es|ed|ing)? out at\b|castigat\w*|rebuk\w*|censur\w*|"
            r"complain(?:s|ed|ing)? (?:that|about)\b|"
            r"(?:political |geopolitical )?(?:plot|conspiracy|scheme) against\b|"
            r"(?:act of |large-scale )*aggression|aggressive policy|provocations?\b|"
            # "held Baku responsible for the escalation", "holds the Armenian side fully accountable"
            r"h(?:old|olds|eld|olding)\b"
            r"(?= (?:the )?(?:(?!(?:with|for|on|in|talks|a|an|meetings?)\b)[\w'-]+ ){1,3}"
            r"(?:fully |solely |directly |entirely |personally )?(?:responsible|accountable)\b))"
        ),
        "tr": re.compile(
            r"(?:kina(?:di|yan|diğ|mişti|yor|maktadir)\w*|kinama\w*|kiniyor\w*|lanetle\w*|lanetliyor\w*|"
            r"suçla(?:di|yan|diğ|mişti|yor|ma)\w*|suçluyor\w*|provokasyon\w*|saldirganlik\w*|baltal\w*|"
            r"itham\w*|şikayet et\w*|komplo\w*|sahte bir proje\w*|sorumlu tut\w*)"
        ),
    },
    "concernedAbout": {
        "en": re.compile(
            r"\b(?:concern(?:s|ed)?\b|worri\w*|worry\b|fear(?:s|ed|ing)?\b|alarm(?:ed|ing)?\b|wary of\b|"
            r"(?:uneasy|anxious|apprehensive|troubled|disturbed) (?:about|over|by)\b|unease\b|apprehension\b|"
            r"(?:an? )?(?:serious |direct |major |grave |real |existential )?threat to "
            r"(?:the |its |their |our )?(?:regional |national |own )?"
            r"(?:security|stability|sovereignty|interests|territorial integrity)\b|"
            r"risks? undermining|"
            # "Tehran sees the corridor as a serious threat", "views the project as a threat": a threat
            # in the eyes of the one who sees it (the thing before "as" is what it fears)
            r"(?<=\bas )(?:an? )?(?:serious |direct |major |grave |real |existential |potential )?threat\b"
            r"(?! to\b))"
        ),
        "tr": re.compile(
            r"(?:endişe\w*|kayg[iı]\w*|rahatsiz\w*|tedirgin\w*|tehdit oluştur\w*|tehlikeye at\w*|"
            r"tehdit olarak (?:gör|değerlendir|nitelendir)\w*|"
            r"ciddi bir tehdit)"
        ),
    },
}
# fmt: off
# The cheap test before any pattern runs (and the corridors' "is the sentence about a stance").
STANCE_WORDS = {
    "en": (
        "support", "backing", "backs", "backed", "blast", "decri",
        "endors", "favo", "advocat", "promot", "champion", "call for", "call on",
        "calls for", "calls on", "called for", "called on", "calling for", "calling on", "urg", "push",
        "press for", "pressed for", "presses for", "pressing for", "pressur", "demand", "insist",
        "asked for", "seek", "sought", "commit", "dedicat", "ready to", "readiness", "willing",
        "prepared to", "reaffirm", "reiterat", "confirm", "hope", "optimis", "signal", "importan",
        "strategic step", "offer", "agreed to", "announced the", "goal", "aimed at", "wish",
        "welcom", "hail", "prais", "applaud", "commend", "thank", "gratitude", "appreciat",
        "milestone", "momentous", "breakthrough", "historic", "pleased", "role of", "making peace",
        "satisfied", "delighted", "glad with", "glad about", "happy with", "happy about",
        "oppos", "object", "reject", "protest", "against", "critici", "red line", "resist",
        "negative", "acceptab", "accept", "violat", "attacking", "shelling", "attacked", "shelled",
        "torpedo", "sabotag", "stalling", "not discussed", "on the agenda", "envisaged",
        "abolish", "dissolv", "disband", "removed", "disagree", "undermin", "condemn", "denounc",
        "deplor", "accus", "blam", "aggress", "provocation", "concern", "worri", "worry", "fear",
        "alarm", "backed", "threaten", "vow", "promis", "pledg", "plan", "intend", "everything",
        "toward", "work for", "works for", "worked for", "working for", "confidence", "laud",
        "congratulat", "direction of", "appeal", "the way", "on the path", "road to", "dismiss", "slam",
        "lambast", "each other", "time to", "framework of", "supporter", "proponent", "backer", "ahead with",
        "keen to", "eager to", "want to", "wants to", "wanted to", "wished to", "wishes to", "significance",
        "construction of", "building of", "implementation of", "completion of", "launch of", "opening of",
        "announc", "speed up", "resume", "rule out", "ruled out", "rules out", "ruling out", "turn down",
        "turned down", "turns down",
        "turning down", "never allow", "not allow", "never permit", "not permit", "tolerat", "to block",
        "to prevent", "to thwart", "out at",
        "castigat", "rebuk", "censur",
        "wary", "uneas", "anxious", "apprehensi", "troubled", "disturbed", "unease", "work on", "working on",
        "complain", "plot", "conspiracy", "scheme", "efforts", "continue", "desire to", "aspiration to",
        "determination to", "resolve to", "weight behind", "green light",
        "solidarity", "refus",
        "satisfaction", "threat to", "responsible", "accountable", "be resolved", "be settled", "contribut",
        "as a threat", "as an existential threat", "as a serious threat", "as a direct threat",
        "as a major threat", "as a real threat", "as a potential threat", "as a grave threat",
        "work on", "valu", "necessary to", "essential to", "imperative to", "agree", "instruct", "impetus",
    ),
    "tr": (
        "destek", "lehinde", "önem", "vurgu", "hazir", "bağlili", "taahhü", "kararli", "çağr", "çağir",
        "talep", "israr", "mutabik", "mutabakat", "teyit", "hayata geç", "geliştiril",
        "kuvvetlendirilmesi", "umut", "öncelik", "katki sağla", "açilmasini bekli", "bekliyoruz",
        "anlaşmaya var", "imzalanabil", "memnun", "alkişla",
        "olumlu karşila", "selamla", "takdir", "teşekkür",
        "minnettar",
        "tarihi bir", "tarihi karar", "dönüm noktasi", "kilometre taşi", "merhale", "dönemeç",
        "itiraz", "karşi çik", "karşi old", "karşi duruş", "karşi tutum", "redde", "olumsuz", "kabul e",
        "kirmizi çizgi", "sert çik", "engelle", "hemfikir", "fesh", "kapatilma", "lağv", "tehdit",
        "eleştir", "tepki", "kina", "lanetle", "suçla", "provokasyon", "saldirganlik", "baltal",
        "endişe", "kayg", "rahatsiz", "tehlike", "tedirgin", "tebrik", "elimizden", "için çaba",
        "için çaliş", "mutluluğ", "yeni bir", "zamani gel", "zamaninin gel", "desteğ", "değin", " yana ",
        "dan yana", "den yana", "tan yana", "ten yana",
        "ini isti", "ini iste", "ini arzu",
        "izin verm", "tavr", "tavir", "itham", "yi planla", "yi hedefle", "yi amaçla",
        "mutluluk", "süreci", "diyalo", "müzakereleri", "görüşmeleri", "ileriye taşi", "istekli",
        "yeşil işik", "tehdit olarak", "sürdürme", "devam etme", "hizlandirma", "yoğunlaştirma",
        "inşasi", "yapimi",
        "şikayet", "komplo", "sahte bir proje", "sorumlu tut", "dayaniş", "inşa süre", "katkida", "katki",
        "karar", "talimat", "si gerek", "sini bekl", "gündem", "sevinç", "mutlu e", "olumlu bir",
    ),
}
# fmt: on
STANCE_WORDS = {
    "en": STANCE_WORDS["en"]
    + EVALUATION_WORDS["en"]
    + (
        "supportive",
        "ready for",
        "interest",
        "position",
        "stance",
        "stand",
        "propos",
        "initiated by",
        "proposed by",
        "put forward by",
        "step",
        "need",
        "necessity",
        "encourag",
        "spare no",
        "attention to",
        " power",
        "open to",
    ),
    "tr": STANCE_WORDS["tr"]
    + EVALUATION_WORDS["tr"]
    + (
        "olumlu bak",
        "sicak bak",
        "sevindiri",
        "olumlu değerlendir",
        "olumlu bul",
        "katki sun",
        "tarafindan öner",
        "önem arz",
        "gerektiğin",
        "gerekliliğin",
        "yaninda",
        "adim",
        "kini",
        "lanetli",
        "suçlu",
        "selamli",
        "engelli",
        "karşiyiz",
        "karşidir",
        "elinden gelen",
        "önemsi",
        "dikkat",
        "sürdürül",
        "devam ettiril",
        "ilerletil",
        "derinleştiril",
        "hizlandiril",
        "devamin",
        "ümit",
        "ümid",
        "çabalarin",
        "müzakerelere",
        "görüşmelere",
        "umuyor",
        "umduğ",
        "umdukl",
        "yolunda",
    ),
}


# Turkish typed without its letters ("karsi cikti", "destekledigini", "baris surecine"): each trigger
# and gate word also in its plain-letter spelling
_PLAIN = {"ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u"}


def plain_letters(pattern: str) -> str:
    """``pattern`` with each Turkish letter outside a character class also matching its plain
    letter (``ş`` → ``[şs]``), and each character class that holds one holding both."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
            out.append(ch)
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif ch in _PLAIN:
            out.append(ch + _PLAIN[ch] if in_class else f"[{ch}{_PLAIN[ch]}]")
        else:
            out.append(ch)
    return "".join(out)


def plain_word(word: str) -> str:
    """``word`` in plain letters ("suçladı" → "sucladı")."""
    return "".join(_PLAIN.get(ch, ch) for ch in word)


for _kind in TRIGGERS:
    TRIGGERS[_kind]["tr"] = re.compile(plain_letters(TRIGGERS[_kind]["tr"].pattern))
STANCE_WORDS["tr"] = tuple(
    dict.fromkeys(STANCE_WORDS["tr"] + tuple(plain_word(w) for w in STANCE_WORDS["tr"]))
)

# The words that let the corridor rules (:mod:`.relations`) resolve "the corridor" in a sentence
# that names none, so that a stance on it finds it: the stance words they always used.
ANAPHOR_WORDS = {
    "en": (
        "oppos",
        "object",
        "reject",
        "protest",
        "condemn",
        "against",
        "critici",
        "red line",
        "resist",
        "negative",
        "concern",
        "denounc",
        "deplor",
        "worried",
        "alarmed",
        "support",
        "back",
        "endors",
        "favo",
        "called for",
        "calls for",
        "behind",
        "welcom",
        "hail",
        "prais",
        "applaud",
        "accus",
        "blam",
    ),
    "tr": (
        "suçla",
        "itiraz",
        "karşi",
        "redde",
        "olumsuz",
        "muhalefet",
        "tepki",
        "kirmizi",
        "kayg",
        "kina",
        "lanet",
        "endişe",
        "rahatsiz",
        "destek",
        "lehinde",
        "memnuniyet",
        "selamla",
    ),
}
