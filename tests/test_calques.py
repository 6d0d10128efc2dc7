"""calques: the phrasebook of calqued news formulae."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.datafiles import load_tsv
from newsclean.document import Document
from newsclean.edits import apply_edits, resolve_overlaps
from newsclean.normalisers.calques import Calques, phrasebook

from conftest import read_jsonl

STEP = Calques(preset="aggressive")  # every family; the tier test below checks the safe preset
SAFE = Calques()


def run(text: str) -> str:
    return STEP.apply(text)


MUST_FIX = [
    # probe118: verbs that take their object directly; "told to" and "said to" before an
    # agency; "according to the report of" an agency
    ("The minister emphasized on the need for calm.", "The minister emphasized the need for calm."),
    ("They discussed about bilateral relations.", "They discussed bilateral relations."),
    ("He thanked to the people of Bursa.", "He thanked the people of Bursa."),
    ("Millions casted their votes on Sunday.", "Millions cast their votes on Sunday."),
    ("Addressing to the gathering, he said it was over.", "Addressing the gathering, he said it was over."),
    (
        "The minister told to Bakhtar News Agency that it was over.",
        "The minister told Bakhtar News Agency that it was over.",
    ),
    ("The minister said to IRNA that it was over.", "The minister told IRNA that it was over."),
    ("According to the report of IRNA, the talks ended.", "According to IRNA, the talks ended."),
    # probes 112, 113: a figure or a name after "informed that"; a sentence-initial "From his
    # side,"; "As it was reported earlier"; "in result of"; "sentenced to death penalty";
    # "N-fold champion"; "already for the Nth time"; a page "in Facebook"; two verbs of
    # saying for one statement; a speaker named by a common noun ("The lawyer")
    ("The ministry informed that 12 people had died.", "The ministry said that 12 people had died."),
    ("The spokesman informed that Ukraine had agreed.", "The spokesman said that Ukraine had agreed."),
    ("From her side, the commissioner said it would work.", "For her part, the commissioner said it would work."),
    ("As it was reported earlier, the plan failed.", "As previously reported, the plan failed."),
    ("In result of the landslide, 12 people died.", "As a result of the landslide, 12 people died."),
    ("He was sentenced to death penalty in May.", "He was sentenced to death in May."),
    ("The 24-fold Grand Slam champion won.", "The 24-time Grand Slam champion won."),
    ("He won it already for the 59th time.", "He won it for the 59th time."),
    ("He wrote on his page in Facebook that it was over.", "He wrote on his Facebook page that it was over."),
    ("He spoke and added saying that it was over.", "He spoke and added that it was over."),
    ("Levin added and said that it was over.", "Levin added that it was over."),
    ("It is worth recalling that in 2020 the vote was held.", "In 2020 the vote was held."),
    ("The lawyer stated for ČTK that the verdict was unfair.", "The lawyer told ČTK that the verdict was unfair."),
    # "inform" takes an object in English (probes 95, 105, 106)
    (
        "The spokesman of the ministry informed that elections would be held.",
        "The spokesman of the ministry said that elections would be held.",
    ),
    (
        "The centre has informed that more than 35,000 people were hit.",
        "The centre has said that more than 35,000 people were hit.",
    ),
    # a speaker named after the lower-case word that ends a description (probe105)
    (
        "The minister for European Union affairs Zsolt Hegedűs said to MTI that the government agreed.",
        "The minister for European Union affairs Zsolt Hegedűs told MTI that the government agreed.",
    ),
    # a speaker named after an office's capitalised portfolio; "told to the media" (probes 101, 103)
    (
        "It was, the minister of the Economy Antoine Armand declared to the journalists at Bercy, a blow.",
        "It was, the minister of the Economy Antoine Armand told journalists at Bercy, a blow.",
    ),
    (
        "Wei Zhejia told to the media after the conference that demand was strong.",
        "Wei Zhejia told the media after the conference that demand was strong.",
    ),
    # Brazilian and Spanish weekdays with the day of the month; Spanish and Portuguese
    # prepositions; interviews and conversations (probes 95, 96)
    ("Lula said this Wednesday (5) that the plan stood.", "Lula said on Wednesday that the plan stood."),
    ("This Saturday (30), Botafogo won the title.", "On Saturday, Botafogo won the title."),
    ("Police said on the night of this Thursday that two died.", "Police said on Thursday night that two died."),
    ("In the morning of this Monday (10), it rained.", "On Monday morning, it rained."),
    ("He gave interview to the reporters on Monday.", "He told reporters on Monday."),
    ("He said in the conversation with journalists that it was over.", "He told journalists that it was over."),
    ("Two died, according to informed the National Police.", "Two died, according to the National Police."),
    ("It must be paid within of 30 days.", "It must be paid within 30 days."),
    ("Besides of the tax, he raised fees.", "Besides the tax, he raised fees."),
    ("Talks will resume in the next days.", "Talks will resume in the coming days."),
    ("In his discourse, the president thanked voters.", "In his speech, the president thanked voters."),
    # "по данным": editors drop the kind of source (the gold of probes 26, 30, 60, 91, 95)
    (
        "According to the data of the General Administration of Customs, China imported more oil.",
        "According to the General Administration of Customs, China imported more oil.",
    ),
    ("The minister declared to journalists that the plan stood.", "The minister told journalists that the plan stood."),
    ("Hemmati informed on Tuesday that the rial fell.", "Hemmati said on Tuesday that the rial fell."),
    (
        "Minister Abdulkadir Uraloglu, in the written statement he made, stated that traffic rose.",
        "Minister Abdulkadir Uraloglu said in a written statement that traffic rose.",
    ),
    ("A Ukrinform correspondent informs that ten died.", "A Ukrinform correspondent reports that ten died."),
    ("On his part, Fadel agreed.", "For his part, Fadel agreed."),
    # the same rows keep their calques (probe13 guards)
    ("He told in an interview that the talks would go on.", "He said in an interview that the talks would go on."),
    (
        "The minister told at a press conference that prices rose.",
        "The minister said at a press conference that prices rose.",
    ),
    ("Peskov said to reporters that the talks were over.", "Peskov told reporters that the talks were over."),
    (
        "A spokesperson said to the agency that talks would resume.",
        "A spokesperson told the agency that talks would resume.",
    ),
    ("The Pentagon declined to give comments.", "The Pentagon declined to comment."),
    ("TASS informed that the talks were over.", "TASS said that the talks were over."),
    (
        "Eva Baranová informed that the strike would continue.",
        "Eva Baranová said that the strike would continue.",
    ),  # probe43
    ("The talks have passed in Moscow, the ministry said.", "The talks took place in Moscow, the ministry said."),
    (
        "The minister said in a comment for RIA Novosti that talks would go on.",
        "The minister told RIA Novosti that talks would go on.",
    ),
    ("The meeting has passed in the format of a video call.", "The meeting took place in the format of a video call."),
    ("The director Hu Qiaoli introduced that the park grew.", "The director Hu Qiaoli said that the park grew."),
    (
        "Prices rose.\n\nAA correspondent Zeynep Kaya contributed from Antalya to the news.",
        "Prices rose.\n\nAA correspondent Zeynep Kaya in Antalya contributed to this report.",
    ),
    (
        "Prices rose.\n\nThe material was prepared by Anna Krasnova.",
        "Prices rose.\n\nAnna Krasnova contributed to this report.",
    ),
    (
        "Prices rose.\n\nAssociated Press writer Sophiko Megrelidze from Tbilisi collaborated on the report.",
        "Prices rose.\n\nAssociated Press writer Sophiko Megrelidze in Tbilisi contributed to this report.",
    ),
    # the credit line turned round (probe14)
    (
        "Prices rose.\n\nThe material was prepared with the participation of TASS correspondent Ivan Petrov in Kyiv.",
        "Prices rose.\n\nTASS correspondent Ivan Petrov in Kyiv contributed to this report.",
    ),
    # any verb of preparing or contributing in a credit line of its own (probe14)
    (
        "Prices rose.\n\nAssociated Press writer Sopheng Cheang from Phnom Penh also has contribution to this report.",
        "Prices rose.\n\nAssociated Press writer Sopheng Cheang in Phnom Penh contributed to this report.",
    ),
    (
        "Prices rose.\n\nAssociated Press writers Shirin Kamali from Tehran and Sheikh Saaliq from New Delhi had a share "
        "in preparing this report.",
        "Prices rose.\n\nAssociated Press writers Shirin Kamali in Tehran and Sheikh Saaliq in New Delhi contributed to "
        "this report.",
    ),
    # more renderings of "took part in preparing the material" (probe11)
    *(
        (
            f"Prices rose.\n\nAssociated Press writer Emma Burrows from London {verb}.",
            "Prices rose.\n\nAssociated Press writer Emma Burrows in London contributed to this report.",
        )
        for verb in (
            "helped in preparing the material",
            "cooperated in preparing this news",
            "joined the preparation of the material",
            "also made contributions to this report",
            "made a contribution to the preparation of the news",
        )
    ),
    (
        "Prices rose.\n\nAssociated Press writers Andrew Wilks from Istanbul and Mehmet Guzel from Ankara made a "
        "contribution to the preparation of the news.",
        "Prices rose.\n\nAssociated Press writers Andrew Wilks in Istanbul and Mehmet Guzel in Ankara contributed to "
        "this report.",
    ),
    (
        "Output rose.\n\nReported by Maha El Dahan and Ahmad Ghaddar; edited by David Goodman and Jason Neely",
        "Output rose.\n\nReporting by Maha El Dahan and Ahmad Ghaddar; Editing by David Goodman and Jason Neely",
    ),
    (
        "Scholz said opposite the newspaper Bild that talks would resume.",
        "Scholz told the newspaper Bild that talks would resume.",
    ),
    (
        "The budget was agreed.\n\nAnna Schmidt from Brussels took part in preparing this report.",
        "The budget was agreed.\n\nAnna Schmidt in Brussels contributed to this report.",
    ),
    # credit lines without an agency, the place before the name, passive, "Reporting by our"
    # (probe15: MT from Russian, Arabic, French, Indonesian, Spanish)
    (
        "Fires spread.\n\nReporters Anna Belova and Ivan Sorokin from Moscow prepared the report.",
        "Fires spread.\n\nReporters Anna Belova and Ivan Sorokin in Moscow contributed to this report.",
    ),
    (
        "Fires spread.\n\nOur correspondent Omar Jaber from Baghdad prepared this report.",
        "Fires spread.\n\nOur correspondent Omar Jaber in Baghdad contributed to this report.",
    ),
    (
        "Fires spread.\n\nOur correspondent in Baghdad Omar Jaber prepared this report.",
        "Fires spread.\n\nOur correspondent Omar Jaber in Baghdad contributed to this report.",
    ),
    (
        "Fires spread.\n\nOur correspondent in Marseille, Claire Dumont, prepared this report.",
        "Fires spread.\n\nOur correspondent Claire Dumont in Marseille contributed to this report.",
    ),
    (
        "Fires spread.\n\nThe material was prepared by our correspondent in Kyiv Iryna Kovalenko.",
        "Fires spread.\n\nOur correspondent Iryna Kovalenko in Kyiv contributed to this report.",
    ),
    (
        "Fires spread.\n\nArticle written by our correspondent in Marseille, Claire Dumont.",
        "Fires spread.\n\nOur correspondent Claire Dumont in Marseille contributed to this report.",
    ),
    (
        "Fires spread.\n\nArticle written by our correspondent Claire Dumont.",
        "Fires spread.\n\nClaire Dumont contributed to this report.",
    ),
    (
        "Fires spread.\n\nReporting by our correspondents Dewi Lestari and Bambang Hartono from Jakarta.",
        "Fires spread.\n\nDewi Lestari and Bambang Hartono in Jakarta contributed to this report.",
    ),
    (
        "Fires spread.\n\nWith information from EFE and Reuters.",
        "Fires spread.\n\nEFE and Reuters contributed to this report.",
    ),
    # the agency named after its kind, at the end of a clause
    ("The committee opened a case, reports the agency Interfax.", "The committee opened a case, Interfax reported."),
    ("The bank cut rates, reports the IRNA agency.", "The bank cut rates, IRNA reported."),
    ("The bank cut rates, informs the news agency Yonhap.", "The bank cut rates, Yonhap reported."),
    ("The river rose, informed Agência Brasil.", "The river rose, Agência Brasil reported."),
    # an agency named "... Agency" keeps the word (probe18: not "National News reports")
    (
        "The port was closed, reports the National News Agency.",
        "The port was closed, the National News Agency reported.",
    ),
    ("Forces advanced, reported the agency SANA.", "Forces advanced, SANA reported."),
    ("Prices rose, writes the newspaper Al-Ahram.", "Prices rose, the newspaper Al-Ahram reported."),
    # any outlet named after its kind; the Czech "server" is a news website (probe20)
    ("Prices rose, informs the channel Geo News.", "Prices rose, the channel Geo News reported."),
    ("The plant closed, informs the server iDNES.cz.", "The plant closed, the news website iDNES.cz reported."),
    ("Talks stalled, reports the public broadcaster ERT.", "Talks stalled, the public broadcaster ERT reported."),
    ("Output fell, reports Kazinform agency.", "Output fell, Kazinform reported."),
    # probe22: a credit line without a place; "said when met by journalists"
    (
        "Fires spread.\n\nAssociated Press journalist Ciarán Giles collaborated on this report.",
        "Fires spread.\n\nAssociated Press journalist Ciarán Giles contributed to this report.",
    ),
    (
        "Widodo said when met by journalists in Jakarta that prices would fall.",
        "Widodo told journalists in Jakarta that prices would fall.",
    ),
    # more of probe22's formulae
    (
        "Araghchi said in a gathering of reporters that talks would resume.",
        "Araghchi told reporters that talks would resume.",
    ),
    ("Fidan made statements to journalists after the meeting.", "Fidan told journalists after the meeting."),
    ("The mayor informed the Ukrinform correspondent.", "The mayor told Ukrinform."),
    ("Explosions were heard, reports the TASS correspondent.", "Explosions were heard, a TASS correspondent reported."),
    ("Erdogan expressed that the decision was final.", "Erdogan said that the decision was final."),
    ("Widodo conveyed that each meal would cost less.", "Widodo said that each meal would cost less."),
    # a translation's lead-in to a fact (probe26)
    (
        "Oil flows resumed. It is worth mentioning that the pipeline was closed in March.",
        "Oil flows resumed. The pipeline was closed in March.",
    ),
    ("As is known, the talks failed.", "The talks failed."),
    # (its pre-check word was "emphasi", cut at the pattern's [sz]: the row never ran; probe27)
    ("Dams filled. It should be emphasized that the lake was empty.", "Dams filled. The lake was empty."),
    ("Dams filled. It should be emphasised that two dams broke.", "Dams filled. Two dams broke."),
    # the lead-ins of MT probes 27-35 (no native text of the corpora writes them)
    ("Dams filled. It should be recalled that the dispute began in 2023.", "Dams filled. The dispute began in 2023."),
    ("Dams filled. It may be mentioned here that the lake was empty.", "Dams filled. The lake was empty."),
    ("Dams filled. It is to be mentioned that the lake was empty.", "Dams filled. The lake was empty."),
    # "added by saying", "went ahead to say" (probe37, probe35)
    ("He added by saying that the plan would fail.", "He added that the plan would fail."),
    ("She continued by saying that prices would rise.", "She added that prices would rise."),
    ("He went ahead to say the bill was unfair.", "He also said the bill was unfair."),
    # probe41
    ("Ghazaryan informed Armenpress that the line would open.", "Ghazaryan told Armenpress that the line would open."),
    ("The mayor informed ČTK that the road would close.", "The mayor told ČTK that the road would close."),
    ("He said to the MTI news agency that prices rose.", "He told the MTI news agency that prices rose."),
    (
        "Officials informed at the press conference that it was ready.",
        "Officials said at a press conference that it was ready.",
    ),
    ("A quake with the magnitude of 5.1 struck.", "A quake with a magnitude of 5.1 struck."),
    ("Text.\n\nThe news was prepared by our Baku bureau.", "Text.\n\nOur Baku bureau contributed to this report."),
    (
        "Text.\n\nThe article was prepared with the use of materials of ČTK.",
        "Text.\n\nThis report includes material from ČTK.",
    ),
    ("Dams filled. It should be reminded that the lake was empty.", "Dams filled. The lake was empty."),
    # probes 43, 45
    ("He stated for BTA that the team was ready.", "He told BTA that the team was ready."),
    ("He disclosed this to newsmen in Kano on Monday.", "He told reporters in Kano on Monday."),
    ("He spoke while talking to media persons in Chennai.", "He spoke while talking to reporters in Chennai."),
    ("Dams filled. It is pertinent to mention that three dams broke.", "Dams filled. Three dams broke."),
    ("Let us note that in 2023 the deal collapsed.", "In 2023 the deal collapsed."),
    ("“We won,” said Chepkoech to journalists.", "“We won,” Chepkoech told reporters."),
    ("As reports the agency IRNA, the dam held.", "As IRNA reported, the dam held."),
    ("According to the agency Anadolu, 86 people were treated.", "According to Anadolu, 86 people were treated."),
    (
        "Rains fell.\n\nSuzan Fraser from Ankara contributed to the report.",
        "Rains fell.\n\nSuzan Fraser in Ankara contributed to this report.",
    ),
    (
        "Rains fell.\n\nWith the participation of Associated Press writer Samy Magdy in Cairo.",
        "Rains fell.\n\nAssociated Press writer Samy Magdy in Cairo contributed to this report.",
    ),
    ("According to what was reported by the ministry, the dam held.", "According to the ministry, the dam held."),
    # the office after "of", then the name (probe15)
    (
        "The spokesman of the government Mehdi Karimzadeh told reporters the plan would work.",
        "Government spokesman Mehdi Karimzadeh told reporters the plan would work.",
    ),
    (
        "He said, citing the spokesman of the foreign ministry Nasser Kanaani, that talks would resume.",
        "He said, citing Foreign Ministry spokesman Nasser Kanaani, that talks would resume.",
    ),
    ("He said this on the air of Channel One on Sunday.", "He said this on Channel One on Sunday."),
    (
        "Two men were detained on suspicion in the murder of a banker.",
        "Two men were detained on suspicion of the murder of a banker.",
    ),
    (
        "According to the introduction of the relevant person in charge, the plant opened in 2020.",
        "According to the relevant person in charge, the plant opened in 2020.",
    ),
    ("He told to RIA Novosti that the plan failed.", "He told RIA Novosti that the plan failed."),
    ("Kang Yi told to a press conference that growth held.", "Kang Yi told a press conference that growth held."),
    (
        "He said to the news conference on Monday that it was over.",
        "He told the news conference on Monday that it was over.",
    ),
    ("The spokesman refused to comment the situation.", "The spokesman refused to comment on the situation."),
    ("He declined to comment reports of a deal.", "He declined to comment on reports of a deal."),
    ("The Pentagon declined to make comments.", "The Pentagon declined to comment."),
    ("a spokesperson said opposite the German Press Agency.", "a spokesperson told the German Press Agency."),
    ("The minister said opposite Reuters that talks failed.", "The minister told Reuters that talks failed."),
    # the model: the AP credit line
    (
        "Associated Press writer Robert Burns from Washington prepared the reports.",
        "Associated Press writer Robert Burns in Washington contributed to this report.",
    ),
    (
        "Reuters writers Ann Smith and Bob Jones from London prepared this report.",
        "Reuters writers Ann Smith and Bob Jones in London contributed to this report.",
    ),
    (
        "AP writer Jim Heintz took part in the preparation of this report.",
        "AP writer Jim Heintz contributed to this report.",
    ),
    # two writers, each in a city of their own (numbered slots: {NAME2} from {PLACE2})
    (
        "Associated Press writers Jamey Keaten from Geneva and Hanna Arhirova from Kyiv prepared the report.",
        "Associated Press writers Jamey Keaten in Geneva and Hanna Arhirova in Kyiv contributed to this report.",
    ),
    (
        "Reuters correspondents Ann Smith in London and Bo Li from Beijing took part in the preparation of the material.",
        "Reuters correspondents Ann Smith in London and Bo Li in Beijing contributed to this report.",
    ),
    # journalists; a name with a hyphenated or spaced particle ("al-Mughrabi", "von der Leyen")
    (
        "Reuters journalists Nidal al-Mughrabi from Cairo and Maayan Lubell from Jerusalem prepared the material.",
        "Reuters journalists Nidal al-Mughrabi in Cairo and Maayan Lubell in Jerusalem contributed to this report.",
    ),
    (
        "AP writer Ursula von der Leyen from Brussels prepared the report.",
        "AP writer Ursula von der Leyen in Brussels contributed to this report.",
    ),
    # no name given: the correspondents and their cities
    (
        "AFP correspondents from Riyadh and Tehran prepared the report.",
        "AFP correspondents in Riyadh and Tehran contributed to this report.",
    ),
    ("Reuters reporters from Moscow prepared this story.", "Reuters reporters in Moscow contributed to this report."),
    # "подготовил материал": the object is rendered "the material", "this article"
    (
        "Reuters correspondent Pavel Polityuk from Kyiv prepared the material.",
        "Reuters correspondent Pavel Polityuk in Kyiv contributed to this report.",
    ),
    ("AFP reporter Jo Biddle prepared this article.", "AFP reporter Jo Biddle contributed to this report."),
    ("The ministry informed in the statement on its website.", "The ministry said in a statement on its website."),
    ("TASS informed that the talks failed.", "TASS said that the talks failed."),
    (
        "Debts are planned, the finance minister Christian Lindner informed.",
        "Debts are planned, the finance minister Christian Lindner said.",
    ),
    ("They said to reporters that the talks failed.", "They told reporters that the talks failed."),
    ("He told in an interview with TASS that he would stay.", "He said in an interview with TASS that he would stay."),
    (
        "Degtyarev urged in an interview to Komsomolskaya Pravda",
        "Degtyarev urged in an interview with Komsomolskaya Pravda",
    ),
    ("The ministry declined to give comments.", "The ministry declined to comment."),
    ("The company refused comments.", "The company refused to comment."),
    ("He spoke on the condition of not being named.", "He spoke on condition of anonymity."),
    (
        "A source said under conditions of anonymity that the deal was off.",
        "A source said on condition of anonymity that the deal was off.",
    ),
    (
        "The official representative of the Foreign Ministry Maria Zakharova said so.",
        "The spokesperson for the Foreign Ministry Maria Zakharova said so.",
    ),
    ("According to his words, the plan failed.", "According to him, the plan failed."),
    ("A fire was set, as the police announced.", "A fire was set, according to police."),
    (
        "Lu Jinhu, the director, introduced that as of the end of 2019 the park grew.",
        "Lu Jinhu, the director, said that as of the end of 2019 the park grew.",
    ),
    ("the situation of the new crown pneumonia epidemic", "the situation of the COVID-19 epidemic"),
    ("its response to the new crown epidemic.", "its response to the COVID-19 epidemic."),
    (
        "Xinhua News Agency, Shijiazhuang, July 26 (Reporter Wang Kun) The water level rose.",
        "Shijiazhuang, July 26 (Xinhua, by Wang Kun) -- The water level rose.",
    ),
    (
        "Xinhua News Agency, Moscow, July 25. According to the plan,",
        "Moscow, July 25 (Xinhua) -- According to the plan,",
    ),
    # the dash or colon the MT output already put after the dateline goes into the formula's "--"
    (
        "Xinhua News Agency, Beijing, April 13 (Reporter Wang Xi) - China's exports rose.",
        "Beijing, April 13 (Xinhua, by Wang Xi) -- China's exports rose.",
    ),
    (
        "Beijing, Xinhua News Agency, July 26 (Reporter Wang Kun): The data show.",
        "Beijing, July 26 (Xinhua, by Wang Kun) -- The data show.",
    ),
    ("(Xinhua News Agency, Chengdu, July 26) - The plan works.", "Chengdu, July 26 (Xinhua) -- The plan works."),
    ("Measures were taken, informs TASS.", "Measures were taken, TASS reports."),
    ("As informs RIA Novosti, the plant", "As RIA Novosti reports, the plant"),
    ("He was detained on suspicion in the murder.", "He was detained on suspicion of the murder."),
    ("Police initiated a criminal case.", "Police opened a criminal case."),
    ("The talks passed in a friendly atmosphere.", "The talks took place in a friendly atmosphere."),
    ("He said on the air of Rossiya 1 that", "He said on Rossiya 1 that"),
    ("a source in law enforcement agencies said", "a law enforcement source said"),
    (
        "It was cancelled in connection with the fact that the hall flooded.",
        "It was cancelled because the hall flooded.",
    ),
    ("Reported that the fire caused damage.", "It was reported that the fire caused damage."),
    ("As it is noted in the message, orders were given", "As noted in the message, orders were given"),
    # further variants of families that had one (told without an object, "ether", subjectless passives ...)
    ("He told in his interview that he would stay.", "He said in his interview that he would stay."),
    ("He said this in the ether of Channel One on Sunday.", "He said this on Channel One on Sunday."),
    ("Was reported that the fire caused damage.", "It was reported that the fire caused damage."),
    ("Is reported that two people died.", "It is reported that two people died."),
    (
        "He urged in his interview to Komsomolskaya Pravda that talks resume.",
        "He urged in his interview with Komsomolskaya Pravda that talks resume.",
    ),
    ("Lavrov spoke at a news-conference in Moscow.", "Lavrov spoke at a news conference in Moscow."),
    ("He held the press-briefings daily.", "He held the press briefings daily."),
    (
        "The correspondent of AFP Parisa Hafezi from Dubai prepared the material.",
        "AFP correspondent Parisa Hafezi in Dubai contributed to this report.",
    ),
    # the speaker after "said", after a quotation (German word order)
    ('"It is over," said Merz to the broadcaster ZDF.', '"It is over," Merz told the broadcaster ZDF.'),
    (
        '"It is hard," said Ifo president Clemens Fuest to the newspaper Handelsblatt.',
        '"It is hard," Ifo president Clemens Fuest told the newspaper Handelsblatt.',
    ),
    # a city with its country between commas
    (
        "Associated Press writer Evens Sanon from Port-au-Prince, Haiti, prepared the report.",
        "Associated Press writer Evens Sanon in Port-au-Prince, Haiti, contributed to this report.",
    ),
    # no name: the agency after the job title, as the article's last line
    (
        "The talks will resume.\n\nCorrespondents of TASS from Kyiv and Moscow prepared the report.",
        "The talks will resume.\n\nTASS correspondents in Kyiv and Moscow contributed to this report.",
    ),
    (
        "The correspondent of IRNA in Riyadh contributed to the report.",
        "IRNA correspondent in Riyadh contributed to this report.",
    ),
    # the reporters told with their article (probe47)
    (
        "“The networks are old,” he told to the reporters after a cabinet meeting.",
        "“The networks are old,” he told reporters after a cabinet meeting.",
    ),
    ("She said to the journalists that the plan was ready.", "She told journalists that the plan was ready."),
    (
        "The minister informed the journalists that the plan was ready.",
        "The minister told reporters that the plan was ready.",
    ),
    ("He said for the journalists that the deal was done.", "He told reporters that the deal was done."),
    # "said to" and "gave a comment to" an outlet's acronym (probes 45 and 60)
    ("“We will vote,” Lind said to SVT on Monday.", "“We will vote,” Lind told SVT on Monday."),
    ("Tamm gave a comment to ERR News that the fence was ready.", "Tamm told ERR News that the fence was ready."),
    # sentence-opening clauses and an interview's outlet (probe54)
    ("When met by reporters at the palace, she said no.", "Speaking to reporters at the palace, she said no."),
    ("Speaking in a gathering of reporters, he said no.", "Speaking to reporters, he said no."),
    ("Making statements to journalists, Yildiz said no.", "Speaking to journalists, Yildiz said no."),
    (
        "The minister told in an interview to TASS that talks would resume.",
        "The minister told TASS in an interview that talks would resume.",
    ),
    # a name holding a combining mark NFC cannot compose (Yoruba tones: "ọ̀" is "ọ" and a
    # grave accent) is a speaker like any other (probe45)
    (
        "Adebáyọ̀ disclosed this to newsmen on Sunday evening in Ibadan.",
        "Adebáyọ̀ told reporters on Sunday evening in Ibadan.",
    ),
    (
        "“We will stay,” Ọláolúwà Adéṣọ́lá said to the agency NAN.",
        "“We will stay,” Ọláolúwà Adéṣọ́lá told the agency NAN.",
    ),
    # probes 68-70: a speaker whose name holds a particle or follows a title; calqued
    # audiences; "in declarations to", "stated for" and "the reporter of" an outlet
    (
        "Iraqi government spokesman Basim al-Awadi said to the journalists on Thursday that troops would stay.",
        "Iraqi government spokesman Basim al-Awadi told journalists on Thursday that troops would stay.",
    ),
    (
        "Mohammed bin Salman said to the journalists that it was fine.",
        "Mohammed bin Salman told journalists that it was fine.",
    ),
    ("He declared to the representatives of the media that he would run.", "He told reporters that he would run."),
    ("She made a statement to the press members after the vote.", "She told reporters after the vote."),
    ("He made statements to the members of the press on Monday.", "He told reporters on Monday."),
    ("He said in statements to the press that the vote was fair.", "He told reporters that the vote was fair."),
    # probes 68-72: formulae of Russian, Spanish, Turkish, Arabic, Chinese, Korean and French news
    ("Let us remind that the law was adopted in 2019.", "The law was adopted in 2019."),
    ("He added saying that the plan would work.", "He added that the plan would work."),
    ("Wang made the above remarks at a press conference.", "Wang made the remarks at a press conference."),
    ("He gave the good news that wages would rise.", "He announced that wages would rise."),
    ("He stressed on the necessity of reform.", "He stressed the necessity of reform."),
    ("The Investigative Committee excited a criminal case.", "The Investigative Committee opened a criminal case."),
    ("The state accusation asked for nine years.", "The prosecution asked for nine years."),
    (
        "He was sentenced in the hall of the court to serve time in a colony of strict regime.",
        "He was sentenced in the courtroom to serve time in a strict-regime penal colony.",
    ),
    ("The judge ordered preventive prison for him.", "The judge ordered pretrial detention for him."),
    ("The judge of instruction questioned him.", "The investigating judge questioned him."),
    ("The turnout made up 41 percent.", "The turnout was 41 percent."),
    (
        "TASS reports with reference to the ministry that talks ended.",
        "TASS reports citing the ministry that talks ended.",
    ),
    ("The court ruled on this Thursday that he must go.", "The court ruled on Thursday that he must go."),
    ("He was arrested the past Tuesday in Bogotá.", "He was arrested last Tuesday in Bogotá."),
    ("The ex governor was detained.", "The former governor was detained."),
    (
        "He confided at the microphone of Swiss television SRF that he was tired.",
        "He told Swiss television SRF that he was tired.",
    ),
    ("Making evaluations to journalists, he said it was fine.", "Speaking to journalists, he said it was fine."),
    ("Making evaluations regarding the data, he said it was fine.", "Commenting on the data, he said it was fine."),
    (
        "The relevant responsible person of the Ministry of Commerce said talks went well.",
        "An official at the Ministry of Commerce said talks went well.",
    ),
    ("Troops remain on the territory of Ukraine, he said.", "Troops remain in Ukraine, he said."),
    # probes 82-85: Russian, Korean, Turkish, South Asian and French formulae
    (
        "Within the framework of the visit, the sides signed four deals.",
        "During the visit, the sides signed four deals.",
    ),
    (
        "He wrote in his Telegram channel that the attack failed.",
        "He wrote on his Telegram channel that the attack failed.",
    ),
    ("She wrote in Telegram that it was calm.", "She wrote on Telegram that it was calm."),
    ("The ministry expressed the position that talks should resume.", "The ministry said that talks should resume."),
    (
        "He expressed confidence in that the talks would succeed.",
        "He expressed confidence that the talks would succeed.",
    ),
    ("He pointed to that the deadline had passed.", "He pointed out that the deadline had passed."),
    ("The court, recognizing him guilty, sentenced him.", "The court, finding him guilty, sentenced him."),
    ("The court chose the measure of restraint in the form of house arrest.", "The court chose house arrest."),
    ("The case was heard in a closed regime.", "The case was heard behind closed doors."),
    ("The verdict has not entered into legal force.", "The verdict has not entered into force."),
    ("The regulator does not exclude that rates will rise.", "The regulator does not rule out that rates will rise."),
    ("They met in the sidelines of the summit.", "They met on the sidelines of the summit."),
    ("In a telephonic conversation, the leaders agreed.", "In a telephone conversation, the leaders agreed."),
    ("He precised that the figures were preliminary.", "He specified that the figures were preliminary."),
    ("It is learned that the plant will close.", "The plant will close."),
    (
        "The attack damaged lines.\n\nWith information from agencies.",
        "The attack damaged lines.\n\nAgencies contributed to this report.",
    ),
    # the longest audience first: "the press members", not "the press" and "members" (probe78)
    ("Making statements to the press members, he said it was fair.", "Speaking to reporters, he said it was fair."),
    (
        "The minister said in declarations to Caracol Radio that he would resign.",
        "The minister told Caracol Radio that he would resign.",
    ),
    (
        "Vučić stated for the public broadcaster RTS that the line would open.",
        "Vučić told the public broadcaster RTS that the line would open.",
    ),
    (
        "Dačić stated for the Tanjug agency that talks would go on.",
        "Dačić told the Tanjug agency that talks would go on.",
    ),
    (
        "The spokesman said to the reporter of China Daily that exports grew.",
        "The spokesman told China Daily that exports grew.",
    ),
]

MUST_NOT_CHANGE = [
    "They discussed about 20 proposals. Thanks to the rain, it was cool. He was told to Leave by the guards.",
    "A letter addressed to the court was read. According to the report of the inquiry, it failed.",
    "It is said to BBC viewers that the show is over. She was stressed on the day of the exam.",
    "“We can compete again,” Thanou told To Vima newspaper in her first interview.",
    "Sales rose after a 24-fold increase. He, in his turn, said it was over. She slept from her side of the bed.",
    "As was reported earlier, he was sentenced to the death penalty. He added, saying that it was over.",
    "He was informed that the plan had failed. We have been informed that the talks ended.",
    "They kept the public informed that the roads were closed. She is well-informed that the law changed.",
    "The account was told to the press by aides of the Economy Minister Antoine Armand.",
    # an English credit line with "article" (probe103)
    "It was over.\n\nOur correspondent in Paris, Claire Martin, contributed to this article.",
    "The shops have been closed since this Monday (5).",
    "He gave an interview to reporters, and said in a conversation with reporters that it was over.",
    "According to informed sources, the talks failed. Besides, of course, the rain fell.",
    "Her discourse on ethics was published. It is due in the next few days.",
    # "With reporting from ..." is an English credit line (probe96)
    "Lula signed the decree.\n\n(With reporting from Agência Brasil)",
    "The attack damaged lines.\n\nWith reporting from agencies.",
    "He added, by saying that, a new twist to the story.",
    "The minister informed Parliament of the decision.",
    "Kyiv informed NATO of the decision.",
    # beside this session's rows: "with the magnitude of" not after a quake; a bureau or the
    # agency's materials named inside a sentence, not as the credit line
    "Officials dealt with the magnitude of the crisis.",
    "The report was prepared by our Baku bureau chief, who travelled to Ganja.",
    "The article was prepared with the use of materials of ČTK and our own reporting in the region.",
    "He said for NATO's sake the plan was good, and the prize is said for ABC to be large.",
    "He is said to be ill, and it was said to the agency staff.",
    "She went ahead and said the bill was unfair, then went on to say more.",
    "According to the data, the yuan fell.",  # no source follows: the data of the story
    "It was a mistake on his part, he said.",  # not sentence-initial: English
    "Uraloglu, in the statement he made on Monday, stated his case.",  # no "that": not the formula
    "Reporters from Tbilisi collaborated on the report for months.",  # no agency: not the credit line
    # English that the calque patterns read (probe12, clean texts)
    "The jury cleared him in June. In her turn, Ms Carlisle had told the court she was innocent.",  # "in turn"
    "Detectives kept Ms Baptiste informed that the inquiry was progressing.",
    "Sangare said Niamey had kept Washington informed that it wanted to reopen the border.",
    "A bill state Sen. Omar Aquino introduced that the Illinois Senate passed in May would bar the sale.",
    "VAT on school fees is one of the few changes Labour introduced that the Conservatives would keep.",
    "The deadline the company set for the talks has passed in silence.",
    "The summit has passed in a blur.",
    "The minister said in a comment to the BBC that the plan would work.",
    # native English near the calque patterns (probe13, an adversarial precision probe)
    "The anecdote, told in an interview with the BBC in 1998, grew with each telling.",
    "The stories told in her interview with Rolling Stone were disputed.",
    "It is a story first told in an interview with a local paper.",
    "The lies told at the briefing were exposed within hours.",
    "One of the jokes he told at the press conference fell flat.",
    "Anything said to journalists during the trial could be published.",
    "The remarks, said to journalists off camera, caused a row.",
    "The income the firms declared to the agency rose.",
    "The account told to Reuters by three people differs.",
    "It was a memory first told in a conversation with his biographer.",
    "The White House declined to make any comments about the leaked memo.",
    "He declined to comment the last time he was asked.",
    "Both sides refrained from comments that might prejudice the jury.",
    "The website refused comments from anonymous users.",
    "The manager, realising what had happened, informed the police.",
    "Evidence from the trial informs that view.",
    "Barclays informed that customer by letter.",
    "The depot closed on Tuesday, with Downing Street informed.",
    "It is stated in the statement of claim that the contract was void.",
    "Shareholders in the company, informed in a statement that the dividend was cut, sold.",
    "Lord Scarman introduced that more than forty years ago.",
    "The new press secretary was introduced to reporters that afternoon.",
    "Critics remarked on the air of Old Hollywood glamour at the premiere.",
    "All four band members contributed to the material on the new album.",
    "The report was prepared by Sir Michael Marmot.",
    "The folk melody was adopted into the composition almost unchanged.",
    "The bill makes changes to law enforcement structures.",
    "In 2009, Guardian reporter Nick Davies prepared the story that exposed phone hacking.",
    "The committee's final document ran to 400 pages. The text was prepared by Lady Hale.",
    "Studies show that under conditions of anonymity, people are more likely to be rude online.",
    "The donors gave on the conditions of anonymity set out in the trust deed.",
    "Sir John was the official representative of the British Government at the funeral.",
    "Prayers for the dead, said opposite the Cenotaph each November, drew crowds.",
    "Prices rose.\n\nAssociated Press writer Bassem Mroue in Beirut wrote the story.",
    "The report was prepared with the help of Reuters reporters in London and is published today.",
    "Prices rose.\n\nAssociated Press writer Bassem Mroue in Beirut also contributed to this report.",
    "Jefferies analysts said in a commentary for clients that the rally would fade.",
    "The rise, according to the figures published by the Commons Library, was small.",
    # "the" before data a phrase names is English (probe77: 9 wrong edits of a row that dropped it)
    "It grew, according to the figures from the bureau.",
    "According to the data released by the Ministry of Finance, exports rose.",
    "Half their income goes on rent, according to the data published by the thinktank on Monday.",
    "Associated Press writer Emma Burrows also contributed to this report.",  # the AP's own wording
    "Associated Press writer Emma Burrows helped write this report.",  # plain English, not a calque
    "Colleagues from London helped in preparing the material for the inquiry.",  # no agency: not the credit line
    "He, in his turn, said nothing.",
    "She was informed on Tuesday that her post was cut.",  # the passive: English
    "The material was prepared by Anna Krasnova and checked by two editors.",  # not the credit line
    "It was reported by Smith; edited by Jones, it ran on Monday.",  # not a credit line
    "Reporting by Will Dunham; Editing by Tom Brown",  # the Reuters line itself
    "Reported by Will Dunham in Washington.",  # one part: no editor, no calque to tell
    "The AFP correspondents from Riyadh prepared the ground for the talks.",  # not the credit line
    "Reporters from Moscow prepared the report for the board.",  # no agency before them
    "Critics commented on the air of desperation in the camp.",  # English: no channel follows
    "Two men were held on suspicion in connection with the attack.",  # English: no crime follows
    "According to the introduction of the book, the author was born in 1950.",  # a book's introduction
    "He said in an interview to be broadcast on Sunday that he would stay.",  # an infinitive
    "The prime minister spoke to reporters in Baghdad.",  # English, not a calque of "told"
    "The house stood opposite the newspaper office.",
    "The team from Brussels took part in preparing this report.",  # no name: not a credit line
    "He said to reporters' surprise that he would stay.",  # a possessive: "to reporters' surprise"
    "Officials told to journalists' relief that the road was open.",
    "According to his words, which were broadcast on Sunday, the deal is off.",  # "which": the words
    "She spoke to the press after the vote.",
    "The story told to the reporters was false.",  # "told to" after a noun: the story was told to them
    "This is what he told to the reporters.",
    "Karki informed reporters that the plan was ready.",  # native English
    "When met by chance, they talked.",
    "Tamm said to EU officials that the vote was secure.",  # an acronym as an adjective
    "He is said to SVT insiders to be tired.",
    "Well informed journalists said the plan was ready.",
    "He was informed in a statement that he had lost.",  # passive: English
    "As a result, they have kept President Lindner informed.",
    "Stay informed.",
    "Lindner was well informed.",
    "He was informed that the talks failed.",
    "The staff prepared the material for the exhibition.",  # no agency credit line
    "AP writers Jamey Keaten in Geneva and Hanna Arhirova in Kyiv contributed to this report.",
    "Reuters reporters from London and Paris prepared the report on Friday.",  # no writers named
    "Reuters reporters prepared the article in a hurry, the editor said.",
    "It was the story told to the newspaper by a friend.",
    "The remarks were said to a press conference by aides.",
    "It was the account told to a press conference by the police.",
    "She declined to comment the next day.",
    "He declined to comment on the situation.",
    # "opposite" (German gegenüber) only before a name or "the" + capitalised word
    "They said opposite things on Monday.",
    "They said opposite the station that it was fine.",
    # a lower-case word before "introduced that" is not a name ((?-i:\\p{Lu}) in the data)
    "The bill introduced that the tax would rise.",
    "Associated Press writer Robert Burns in Washington contributed to this report.",
    "She contributed to the article and to the report.",
    "He is said to have left the tournament.",
    "It was said to reporters' surprise.",
    "what he told to the media was false",  # reduced relative
    "The company refused to comment on the deal.",
    "He declined comment.",  # AP English
    "He spoke on condition of anonymity.",
    "He spoke on the condition of anonymity.",
    "Police said the fire was set deliberately, police said.",
    "A fire was set, the police said.",
    "A fire was set, police reported.",
    "Measures were taken, reports Reuters.",  # inverted attribution is BBC house style
    "The chancellor was manoeuvring against him, writes Mr Peston.",
    "The firm introduced that product in 2019.",
    "The senator introduced that bill last year.",
    "He was informed that the flight was cancelled.",
    "The parade passed in front of the palace.",
    "The bill passed on Tuesday.",
    "Tesco - reported that festive sales were well up.",
    "He was arrested in connection with the shooting of al-Hashimi.",
    "The new crown was placed on the king's head.",
    "The event took place in Moscow on July 25.",
    "With reference to your letter of May 5, we reply.",
    "It is understood that the player will leave.",
    "He was told in an interview that he had the job.",
    "He was told in his interview that he had the job.",
    "Critics said something new was in the ether of the debate.",  # no channel name follows
    "Reports that he resigned were denied.",  # an English noun phrase
    "The correspondent of the newspaper in Dubai prepared the material for print.",  # no agency named
    "The correspondent of IRNA in Riyadh contributed to the report on Monday.",  # news: not the last words
    '"It is over," said Merz to his wife.',  # no newspaper or broadcaster
    "He said Merz to the newspaper was a liar.",  # no quotation before "said"
    "Associated Press writer Evens Sanon in Port-au-Prince, Haiti, contributed to this report.",
    '"It is over," said Merz to his wife.',  # no newspaper or broadcaster
    "He said Merz to the newspaper was a liar.",  # no quotation before "said"
    "The reporters of Reuters from London prepared the ground for the talks.",
    "She said in her interview to be broadcast on Sunday that she would stay.",
    # a place and a name that cannot be told apart (two words each way): left alone
    "Fires spread.\n\nOur correspondent in New York John Smith prepared this report.",
    "Fires spread.\n\nReporter Anna Belova in Moscow contributed to this report.",  # already standard
    "Fires spread.\n\nThe report was written by Sir Michael Marmot.",  # no "our", no job title
    "Fires spread.\n\nReporting by Will Dunham in Washington; Editing by Tom Brown",  # Reuters' own line
    "With information from the survey, the council drew up its plan.\n\nIt was approved.",  # not the last line
    "The official said so, reported the news agency AFP.",  # wire English
    "The spokesman informed Reuters.",  # no comma: the spokesman is the subject
    "Officials, informed Reuters sources said, had left.",  # no full stop after the name
    "The spokesman of the army Monday said nothing.",  # no name of two words after the office
    '"I would prefer not to," said he.',  # literary English (Melville, in the extraction pages)
    "England lost, reports the Daily Mail.",  # a title, not a kind: BBC
    "She informed reporters of the decision.",  # "informed ... of": English
    "He made a statement to the press.",  # one statement: English
    "She said when asked by reporters whether she would run that she had not decided.",  # English
    "He said when approached by reporters outside court that he was innocent.",
    "He said among a group of journalists that he would run.",
    "She informed the TASS correspondent's editor.",  # no clause's end after the outlet
    "Fires spread, the TASS correspondent reports.",  # already English
    "The message conveyed that the plan had failed.",  # no speaker
    "She expressed that hope in a letter.",  # "that hope": no clause
    "It is worth noting that the plan failed.",  # native English (extraction pages)
    "It is noteworthy that the plan failed.",
    "It is known that the plan failed.",  # stilted, but English
    "It should be noted that the plan failed.",  # native English (extraction pages)
    "Critics said it is worth mentioning that the plan failed.",  # not a sentence's start
    "He informed journalists that an extra 100 million ringgit had been set aside.",  # English (probe25)
    "Tass, citing a source in the emergency services, said the depot burned.",  # English (probe25)
    "Tass, citing a source in the security services, said so.",
    "Associated Press writer Ciarán Giles wrote the story.",  # "wrote the story" stays
    "Output fell, reports the Kazinform Agency's website.",  # not the clause's end
    "The spokesman of the government said nothing.",
    "He said to media representatives: “If you think they are racist, you are wrong.”",  # the BBC's
    "The minister made a statement to the press on Monday.",
    "She made a statement to members of the press on Monday.",
    "He said for the first time that he would run.",
    "She stated for the record that she disagreed.",
    "Everything he said to the journalists was false.",
    "He was arrested this past Tuesday in Bogotá.",
    "The ex-governor was detained; her ex husband was not.",
    "He added, saying that the plan would work.",
    "The court expects a ruling on this Thursday's agenda.",
    "Police held him in preventive detention in the territory of Nunavut.",
    "The relevant person in charge of the bureau said so.",
    "He expressed hope that the talks would resume.",
    "Mr. Ramalingam further added that 2.5 lakh houses would be built.",  # Indian news English (probe87)
    "The deal was signed within the framework of the agreement on trade.",
    "He expressed confidence in that country's leaders.",
    "The list does not exclude the poor.",
    "He posted in Telegram groups and in the social media age.",
    "For decades the people lived in a closed regime.",  # a political regime
    "He wrote with reference to the law that the fine was illegal.",
]


@pytest.mark.parametrize(("text", "expected"), MUST_FIX)
def test_must_fix(text: str, expected: str) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text: str) -> None:
    assert run(text) == text


def test_low_precision_families_are_aggressive_only() -> None:
    from newsclean.normalisers.calques import aggressive_families

    held_back = aggressive_families()
    assert "new_crown" in held_back
    assert {e.family for e in SAFE.entries}.isdisjoint(held_back)
    assert held_back <= {e.family for e in STEP.entries}
    text = "its response to the new crown epidemic."
    assert apply_edits(text, resolve_overlaps(SAFE.find_edits(Document(text)), text)[0]) == text


def test_at_least_30_families_with_sources() -> None:
    rows = load_tsv("calques/phrasebook.tsv", required=("family", "standard", "pattern", "replacement"))
    families = {r["family"] for r in rows}
    assert len(families) >= 30
    assert all(
        r["source"].split(":")[0]
        in {
            "wmt21",
            "seed",
            "mt-ru",
            "mt-zh",
            "mt-de",
            "mt-tr",
            "mt-fa",
            "mt-uk",
            "mt-ar",
            "mt-es",
            "mt-id",
            "mt-sr",
            "mt-fr",
            "mt-ko",
            "mt-common",
        }
        for r in rows
    )
    assert any(r["source"].startswith("wmt21:") for r in rows)


def test_every_entry_compiles_with_a_trigger_or_anchor() -> None:
    for e in phrasebook():
        assert e.pattern.pattern
        assert e.family


#: words in nearly every news text: a row triggered only by them runs its pattern over every
#: line that holds them (a broadened credit-line row once fell back to "the"/"this" and
#: doubled the step's time on the BBC articles)
_FREQUENT = frozenset(
    """the this that these those and or but a an of to in on at by for from with as is are was were be been
    has have had it its he she they we his her their said says told made make also not no will would""".split()
)


def test_every_trigger_word_is_selective() -> None:
    """A row triggered by a frequent word ("told") needs a literal phrase of two words or more
    that the text must hold before the pattern runs ("told to")."""
    for e in phrasebook():
        if _FREQUENT.intersection(e.trigger):
            assert any(all(" " in spelling for spelling in clause) for clause in e.literals), (e.line, e.trigger)


def test_every_trigger_word_is_a_whole_word_of_the_pattern() -> None:
    """The pre-check looks a row's trigger words up among the text's whole words: a word the
    pattern cuts with a class or a group ("emphasi[sz]ed") would never be found, and the row
    would never run (probe27)."""
    rows = {str(r["_line"]): r["pattern"] for r in load_tsv("calques/phrasebook.tsv", required=("pattern",))}
    for e in phrasebook():
        for word in e.trigger:
            assert re.search(rf"(?i)(?<![A-Za-z\]]){word}(?![A-Za-z\[]|\((?!\?))", rows[e.line]), (e.line, word)


def test_edit_is_minimal_and_explained() -> None:
    text = "The ministry declined to give comments."
    (edit,) = list(STEP.find_edits(Document(text)))
    assert text[edit.start : edit.end] == "give comments"
    assert edit.rule == "calques.declined_to_comment"
    assert "declined to comment" in edit.reason


def test_case_classes_must_be_case_sensitive() -> None:
    """Patterns compile case-insensitively: a bare \\p{Lu} would match any letter, so it is refused."""
    from newsclean.datafiles import DataError
    from newsclean.normalisers.calques import _compile_pattern

    with pytest.raises(DataError):
        _compile_pattern(r"(?<=\p{Lu}[a-z]* )informed that")
    pattern, _ = _compile_pattern(r"(?<=(?-i:\p{Lu})[a-z]* )informed that")
    assert pattern.search("TASS informed that") and not pattern.search("was informed that")


def test_possessive_quantifiers_in_lookbehinds_are_refused() -> None:
    """regex matches a lookbehind backwards: ``[\\p{L}]*+`` there swallows the capital the
    lookbehind needs, so the row silently never matches; the loader refuses it."""
    from newsclean.datafiles import DataError
    from newsclean.normalisers.calques import _compile_pattern

    with pytest.raises(DataError):
        _compile_pattern(r"(?<=(?-i:\p{Lu})[\p{L}.\-]*+ )informed that")
    pattern, _ = _compile_pattern(r"(?<=(?-i:\p{Lu})[\p{L}.\-]* )informed that")
    assert pattern.search("TASS informed that")
    _compile_pattern(r"informed++ that")  # outside a lookbehind it is fine


def test_numbered_slots() -> None:
    """A slot type used twice is numbered; an unnumbered repeat and an unknown type are refused."""
    from newsclean.datafiles import DataError
    from newsclean.normalisers.calques import _compile_pattern

    pattern, _ = _compile_pattern("{NAME} from {PLACE} and {NAME2} from {PLACE2} prepared")
    m = pattern.search("Ann Smith from London and Bo Li from Beijing prepared")
    assert m and (m["PLACE"], m["NAME2"], m["PLACE2"]) == ("London", "Bo Li", "Beijing")
    for bad in ("{NAME} and {NAME} prepared", "{NAMES2} prepared"):
        with pytest.raises(DataError):
            _compile_pattern(bad)


def test_families_option() -> None:
    step = Calques(families=("covid_pneumonia",))
    assert {e.family for e in step.entries} == {"covid_pneumonia"}
    with pytest.raises(ValueError):
        Calques(families=("no_such_family",))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"abcdeAPX ,.()-\n", "told ", "to ", "reporters", "comments", "declined ", "Xinhua News Agency, "]
        ),
        max_size=40,
    ).map("".join)
)
def test_no_exception_and_idempotent(text: str) -> None:
    once = run(text)
    assert run(once) == once


def test_wmt21_edits_mostly_bring_hypotheses_closer() -> None:
    """On WMT21 system outputs, >= 80% of all calque edits move toward the references.

    (Per family in benchmarks/mt.py; new_crown sits at ~64% because the references
    paraphrase freely: its edits are right but often land far from the reference.)
    """
    from rapidfuzz.distance import Levenshtein

    fired = closer = 0
    for rec in read_jsonl("mt/wmt21_newstest_toen.jsonl"):
        refs = list(rec["references"].values())
        for hyp in rec["hypotheses"].values():
            kept, _ = resolve_overlaps(STEP.find_edits(Document(hyp)), hyp)
            if not kept:
                continue
            before = sum(Levenshtein.distance(hyp, r) for r in refs)
            for e in kept:
                fired += 1
                closer += sum(Levenshtein.distance(apply_edits(hyp, [e]), r) for r in refs) < before
    assert fired > 100
    assert closer / fired >= 0.80


def test_clean_bbc_articles_rarely_touched(bbc_articles: list[str]) -> None:
    changed = sum(run(t) != t for t in bbc_articles[:800])
    assert changed <= 2


def _edits_without_literal_gate(step: Calques, text: str) -> list:
    from newsclean.normalisers import calques as module

    saved = module._plain_spacing
    try:
        module._plain_spacing = lambda text, non_ascii: False  # the gate off: every triggered row runs
        return list(step.find_edits(Document(text)))
    finally:
        module._plain_spacing = saved


@pytest.mark.parametrize("text", [t for t, _ in MUST_FIX] + MUST_NOT_CHANGE)
def test_literal_gate_hides_no_edit_on_the_tables(text: str) -> None:
    """Every row's literal clauses (``Entry.literals``) hold in the texts it rewrites."""
    assert list(STEP.find_edits(Document(text))) == _edits_without_literal_gate(STEP, text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "told ",
                "Told ",
                "TOLD ",
                "to ",
                "in a ",
                "an ",
                "interview",
                "reporters",
                "comments",
                "declined ",
                "refused ",
                "said ",
                "the ",
                "according ",
                "words ",
                "of ",
                "Xinhua News Agency",
                ", ",
                "police",
                "informed",
                ".",
                " ",
                "  ",
                "\t",
                "\u00a0",
                "\n",
                "ſ",
                "\u212a",
                "Σ",
                "İ",
                "(Reporter ",
                "Li Wei",
                ")",
                "As ",
                "it ",
                "is ",
                "statement",
                "law-",
                "enforcement ",
                "organs",
                "a source ",
                "security ",
                "SERVICES",
                "’s ",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_literal_gate_hides_no_edit(text: str) -> None:
    assert list(STEP.find_edits(Document(text))) == _edits_without_literal_gate(STEP, text)


def test_literal_gate_rules_out_rows() -> None:
    from newsclean.normalisers.calques import _literals, _plain_spacing

    assert _literals("(?<!\\b(is|was) )(said|spoke) to {W:reporters|the press}") == (
        ("said to reporters", "said to the press", "spoke to reporters", "spoke to the press"),
    )
    assert _literals("{AGENCY} {W:writer|reporter} {NAME} from {PLACE}") == (("from",), ("writer", "reporter"))
    assert _literals("(said|stated) to {W:a|b|c|d|e}") == (
        ("said to", "stated to"),
        tuple(f"{v} to {w}" for v in ("said", "stated") for w in "abcde"),
    )
    assert _literals("x (a|b)+ y [()|] zzz") == (("zzz",),)
    assert _plain_spacing("told to reporters", frozenset())
    assert not _plain_spacing("told  to reporters", frozenset())


# The pre-checks of find_edits (trigger words read from the text's letters without
# lower-casing it, unless a non-ASCII letter lower-cases to an ASCII one; literal clauses
# looked up in those letters; a run too long to spell out still gives its start as a clause)
PRE_CHECKS_MUST_FIX = [
    ("A SOURCE IN THE SECURITY CIRCLES told reporters", "A SECURITY source told reporters"),
    ("an source in the law-enforcement organs said", "a law enforcement source said"),
    (
        "Kelvin \u212a said: He TOLD TO REPORTERS that it was fine.",
        "Kelvin \u212a said: He Told REPORTERS that it was fine.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRE_CHECKS_MUST_FIX)
def test_pre_checks_keep_their_edits(text: str, expected: str) -> None:
    assert run(text) == expected


def test_a_row_is_compiled_on_first_use_and_a_bad_one_names_its_line() -> None:
    from newsclean.datafiles import DataError
    from newsclean.normalisers.calques import Entry

    good = Entry("f", "said", r"told(?= reporters)", "said", "test", ("told",), "7")
    assert "pattern" not in vars(good)  # nothing compiled yet
    assert good.pattern.search("He told reporters") and "pattern" in vars(good)
    bad = Entry("f", "said", r"told(", "said", "test", ("told",), "9")
    with pytest.raises(DataError, match=r"phrasebook\.tsv:9"):
        _ = bad.pattern
