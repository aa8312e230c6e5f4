"""Pools of realistic values for the synthetic data: names by background, and the like.

Given and family names with the languages and education shares that go with each
background, and the shares of gender, labour-market status, origins; fictional
counsellors, assessors and their organisations; consent details and short rationales.
Used by services/synthetic (no logic here).
"""

from __future__ import annotations

from dataclasses import dataclass

from koll_desktop.domain.enums import AssessmentStatus, EducationLevel, Gender, LabourMarketStatus


@dataclass(frozen=True)
class Origin:
    """Name pools of one background; languages and education shares go with them."""

    code: str
    women: tuple[str, ...]
    men: tuple[str, ...]
    families: tuple[str, ...]
    languages: tuple[str, ...]
    education: tuple[tuple[EducationLevel, float], ...]


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_EDU_SE = ((EducationLevel.ISCED_0_2, 0.25), (EducationLevel.ISCED_3_4, 0.55),
           (EducationLevel.ISCED_5_8, 0.12), (EducationLevel.NOT_STATED, 0.08))
_EDU_ABROAD = ((EducationLevel.ISCED_0_2, 0.38), (EducationLevel.ISCED_3_4, 0.32),
               (EducationLevel.ISCED_5_8, 0.16), (EducationLevel.NOT_STATED, 0.14))

ORIGINS = (
    Origin("se", _names(
        "Anna Eva Maria Karin Kristina Lena Kerstin Ingrid Marie Sara Emma Malin Jenny Linda "
        "Elin Johanna Sofia Hanna Ida Julia Ebba Linnéa Maja Matilda Frida Camilla Jessica "
        "Susanne Annika Åsa Ulrika Helena Therese Petra Sanna Märta Agneta Birgitta Margareta "
        "Elisabeth Ingela Anneli Pia Mia Emelie Louise Amanda Moa Tove Wilma Alva Klara Stina "
        "Lovisa Josefin Caroline Cecilia Gunilla Marianne Monica Åsa-Lena"), _names(
        "Erik Lars Karl Anders Johan Per Nils Mikael Jan Hans Peter Thomas Daniel Fredrik "
        "Magnus Andreas Stefan Mattias Jonas Marcus Niklas Björn Göran Åke Örjan Sören Mats "
        "Ulf Olof Gustav Oskar Viktor Emil Anton Axel Filip Hugo Linus Albin Jesper Henrik "
        "Martin Robert Joakim Tobias Sebastian Simon Rasmus Kristoffer Pontus Måns Håkan Kent "
        "Leif Roger Tommy Bengt Rolf Kjell Lennart"), _names(
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
        "Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson "
        "Magnusson Lindström Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg "
        "Lundgren Lind Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg "
        "Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson "
        "Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson "
        "Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Viklund "
        "Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson "
        "Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Falk Öberg Östlund "
        "Österberg Östman Östberg Öhman Ågren Åkesson Söderström Sjöström Strömberg Törnqvist "
        "Österlund Ödman Älvström"),
        ("svenska", "svenska", "svenska", "svenska, engelska", "svenska, teckenspråk"), _EDU_SE),
    Origin("fi", _names("Aino Tiina Päivi Sari Minna Riikka Johanna Satu"),
           _names("Jukka Mikko Timo Pekka Jari Antti Kari Matti"),
           _names("Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen "
                  "Koskinen Järvinen"),
           ("finska, svenska", "svenska, finska"), _EDU_SE),
    Origin("ar", _names("Amina Fatima Aisha Maryam Zainab Layla Noor Rania Hiba Yasmin Huda "
                        "Salma Rasha Lina Amal Dima"),
           _names("Mohammed Ahmed Ali Hussein Omar Khaled Mahmoud Hassan Amir Amin Yousef "
                  "Ibrahim Mustafa Karim Tariq Bilal"),
           _names("Mohammed Hussein Ali Hassan Ahmed Ibrahim Khalil Haddad Mansour Saleh Abbas "
                  "Jaber Nasser Younes Aziz Al-Hashimi Al-Khatib"),
           ("arabiska, svenska", "arabiska, svenska, engelska", "arabiska, kurdiska, svenska"),
           _EDU_ABROAD),
    Origin("so", _names("Amina Hodan Faadumo Sahra Hawa Ifrah Nimco Ubah Khadra Asha"),
           _names("Abdi Abdullahi Mohamed Ahmed Yusuf Mahad Abdirahman Hassan Said"),
           _names("Abdi Mohamed Ali Hassan Omar Warsame Jama Osman Farah Hersi Nur Aden Yusuf"),
           ("somaliska, svenska", "somaliska, arabiska, svenska"), _EDU_ABROAD),
    Origin("er", _names("Selam Helen Senait Meron Saba Ruth Mebrat Feven"),
           _names("Yonas Dawit Samuel Tesfaye Daniel Biniam Filmon Robel"),
           _names("Tesfaye Haile Gebremedhin Mekonnen Tekle Berhane Ghebreyesus Kidane "
                  "Woldemariam"),
           ("tigrinja, svenska", "amhariska, svenska", "tigrinja, amhariska, svenska"),
           _EDU_ABROAD),
    Origin("fa", _names("Maryam Zahra Fatemeh Shirin Parisa Nasrin Leila Sara Mina Roya"),
           _names("Ali Reza Mohammad Hossein Ahmad Mehdi Javad Amir Hamid Mustafa Amin"),
           _names("Ahmadi Hosseini Karimi Rahimi Mohammadi Sharifi Rezaei Jafari Sadeghi Azizi "
                  "Amini Hashemi Nazari"),
           ("dari, svenska", "persiska, svenska", "dari, persiska, svenska"), _EDU_ABROAD),
    Origin("bk", _names("Amra Emina Jelena Ana Maja Selma Lejla Mirela Dragana"),
           _names("Emir Adnan Dragan Nikola Edin Amel Senad Goran Mirza"),
           _names("Hodžić Jovanović Petrović Hadžić Begić Kovačević Nikolić Delić Mehmedović "
                  "Babić Hasanović"),
           ("bosniska, svenska", "serbiska, svenska", "kroatiska, svenska"), _EDU_ABROAD),
    Origin("tr", _names("Ayşe Elif Zeynep Emine Fatma Hatice Berfin Rojda"),
           _names("Mehmet Mustafa Ahmet Emre Murat Kemal Baran Serhat"),
           _names("Yilmaz Kaya Öztürk Çelik Demir Şahin Aydın Arslan Doğan Yıldız"),
           ("turkiska, svenska", "kurdiska, svenska", "kurdiska, turkiska, svenska"),
           _EDU_ABROAD),
    Origin("pl", _names("Anna Katarzyna Agnieszka Magdalena Joanna Ewa"),
           _names("Piotr Tomasz Krzysztof Paweł Marek Łukasz"),
           _names("Nowak Wójcik Kowalczyk Mazur Krawczyk Zając Król Wróbel"),
           ("polska, svenska", "polska, engelska, svenska"), _EDU_SE),
    Origin("as", _names("Lan Linh Mai Huong Thu Ngoc Siriporn Kanya Ratana Maricel Jocelyn"),
           _names("Minh Tuan Duc Hung Quang Somchai Rodel Jun"),
           _names("Nguyen Nguyen Tran Le Pham Hoang Vu Saetang Chaiyaporn Santos Reyes Cruz"),
           ("vietnamesiska, svenska", "thai, svenska", "tagalog, engelska, svenska"),
           _EDU_ABROAD),
    Origin("la", _names("María Carolina Daniela Gabriela Valentina Paula"),
           _names("Juan Carlos José Diego Luis Andrés"),
           _names("Pérez García Rodríguez González López Martínez Silva Hernández Muñoz"),
           ("spanska, svenska", "spanska, engelska, svenska"), _EDU_ABROAD),
)
ORIGIN_SHARES = tuple(zip(ORIGINS, (0.55, 0.03, 0.12, 0.06, 0.04, 0.05, 0.04, 0.03, 0.02,
                                    0.04, 0.02), strict=True))
GENDER_SHARES = ((Gender.WOMAN, 0.64), (Gender.MAN, 0.33), (Gender.NON_BINARY, 0.01),
                 (Gender.NOT_STATED, 0.02))
LABOUR_SHARES = ((LabourMarketStatus.UNEMPLOYED, 0.33),
                 (LabourMarketStatus.LONG_TERM_UNEMPLOYED, 0.20),
                 (LabourMarketStatus.INACTIVE, 0.09), (LabourMarketStatus.EMPLOYED, 0.32),
                 (LabourMarketStatus.NOT_STATED, 0.06))
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
ACCESSIBILITY_NEEDS = (
    "Behöver tolk vid bedömningssamtal", "Dyslexi: behöver inläst material och mer tid",
    "Hörselnedsättning: hörslinga", "Synnedsättning: stor text", "Rullstol: tillgänglig lokal",
    "Koncentrationssvårigheter: korta pass med pauser",
)
# (counsellor, organisation): four fictional adult-education providers, five counsellors each.
_ORGANISATIONS = ("Exempelkommunens vuxenutbildning", "Lärcentrum Sjöstad",
                  "Vuxenutbildningen Björkby", "Komvux Ängsvik")
_COUNSELLOR_NAMES = (
    "Lena Berg", "Omar Said", "Karin Sjöberg", "Mikael Lund", "Anna-Karin Holm", "Jonas Ek",
    "Maria Johansson", "Ahmed Yusuf", "Eva Strand", "Per Åström", "Sofia Nilsson",
    "Helena Björk", "Daniel Öst", "Nadia Karimi", "Ulrika Sandberg", "Johan Wiklund",
    "Linnea Dahl", "Tomas Hedberg", "Sara Mäkinen", "Fredrik Lindahl")
COUNSELLORS = tuple(zip(_COUNSELLOR_NAMES, [o for o in _ORGANISATIONS for _ in range(5)],
                        strict=True))
ASSESSORS = ("Annelie Vik", "Gunnar Ahl", "Sanna Roos", "Mehmet Kaya", "Eva Lööf",
             "Petra Falk", "Hassan Nur", "Ingela Ström")
CONSENT_SCOPE = "Validering och plan; statistik för ESF+"
CONSENT_METHODS = (("skriftligt", 0.7), ("digitalt", 0.2), ("muntligt", 0.1))
RATIONALES = {
    AssessmentStatus.MET: ("Visade momentet praktiskt på arbetsplatsen.",
                           "Beskrev arbetssättet säkert i samtalet.",
                           "Intyg från arbetsgivare styrker erfarenheten."),
    AssessmentStatus.PARTLY: ("Grunderna finns; behöver mer övning, se planen.",
                              "Teoretisk förståelse saknas delvis."),
    AssessmentStatus.NOT_MET: ("Ingen erfarenhet av momentet ännu.",
                               "Underlaget räcker inte; ingår i planen."),
}
