"""Every printed string of the plan, the competence certificate and the micro-credential
documents, in Swedish and English: key → (sv, en), plus how dates, numbers, points and the
study pace are written in each language.

Swedish texts are written for a newly arrived adult: short sentences, everyday words, and
the few special words ("poäng", "studietakt", "tillgodoräkna") explained once in the plan.
Texts may hold reportlab mini-markup (<b>, <i>); values put into them are escaped by the
caller.
"""

from __future__ import annotations

from datetime import date

from koll_desktop.domain.enums import AssessmentMethod, Coverage, CreditForm, FrameworkKind
from koll_desktop.errors import KnownError

LANGUAGES = ("sv", "en")

TEXTS: dict[str, tuple[str, str]] = {
    # -- shared ----------------------------------------------------------------------------
    "page": ("Sida {0} av {1}", "Page {0} of {1}"),
    "label.name": ("Namn", "Name"),
    "label.personnummer": ("Personnummer", "Personal identity number"),
    "label.birth_year": ("Födelseår", "Year of birth"),
    "label.case": ("Ärende", "Case"),
    "label.counsellor": ("Valideringshandledare", "Counsellor"),
    "label.organisation": ("Organisation", "Organisation"),
    "label.date": ("Datum", "Date"),
    "label.goal": ("Mål", "Goal"),
    "label.assessors": ("Bedömare", "Assessor"),
    "label.assessed_on": ("Bedömt", "Assessed"),
    "sign.place_date": ("Ort och datum", "Place and date"),
    "sign.signature": ("Underskrift", "Signature"),
    "sign.issuer": ("Underskrift av utfärdaren", "Signature of the issuer"),
    "sign.name_title": ("Namnförtydligande och befattning", "Name in capitals and position"),
    "example.framework": (
        "<b>Exempel – inte en verklig standard.</b> {title} är gjord bara för att visa hur "
        "programmet fungerar. Den gäller inte som en riktig branschstandard.",
        "<b>Example – not a real standard.</b> {title} was made only to show how the "
        "program works. It is not a real industry standard."),
    "example.requirements": (
        "<b>Kravpunkterna är exempel.</b> Kurserna och poängen i {title} är verkliga (källa: "
        "{source}). Men texterna om vad som ingår i kurserna är korta sammanfattningar, inte "
        "kursplanens egen text.",
        "<b>The requirement items are examples.</b> The courses and points of {title} are "
        "real (source: {source}). But the texts about what each course covers are short "
        "summaries, not the official syllabus text."),
    "example.short": (
        "Texterna om vad som ingår i kurserna är exempel, inte kursplanens egen text.",
        "The texts about what the courses cover are examples, not the official syllabus "
        "text."),
    "example.micro": (
        "<b>Exempel – inte en verklig mikromerit.</b> Den här mikromeriten och kraven i den är "
        "gjorda för att visa hur programmet fungerar.",
        "<b>Example – not a real micro-credential.</b> This micro-credential and its "
        "requirements were made to show how the program works."),
    "draft.title": ("UTKAST – {0}", "DRAFT – {0}"),
    "framework.line": ("{title} ({kind} {code}, version {version})",
                       "{title} ({kind} {code}, version {version})"),
    "kind.industry_standard": ("branschstandard", "industry standard"),
    "kind.vocational_package": ("yrkespaket i komvux", "Komvux vocational package"),
    "kind.syllabus": ("kursplan", "syllabus"),
    "kind.local": ("lokal plan", "local framework"),
    "points": ("{0} poäng", "{0} points"),
    "dash": ("–", "–"),
    "or": (" eller ", " or "),
    "data_language": ("", "Course names, requirements and goals are written in Swedish, as "
                          "in the Swedish references."),
    "other_framework_ref": (
        "{code} i {framework} (det har inte bedömts än – fråga din valideringshandledare)",
        "{code} in {framework} (not assessed yet – ask your counsellor)"),
    # -- plan --------------------------------------------------------------------------
    "plan.title": ("Individuell plan för kompletterande utbildning",
                   "Individual plan for supplementary training"),
    "plan.subject": ("Plan för {goal} – ärende {reference}", "Plan for {goal} – case {reference}"),
    "plan.intro": (
        "Den här planen visar vad du redan kan och vad du behöver studera för att nå ditt mål. "
        "Läs den tillsammans med din valideringshandledare.",
        "This plan shows what you already know and what you need to study to reach your "
        "goal. Read it together with your counsellor."),
    "plan.draft": ("UTKAST – planen är inte klar än", "DRAFT – the plan is not final yet"),
    "plan.draft_note": (
        "<b>Det här är ett utkast.</b> Du och din valideringshandledare har inte kommit "
        "överens om planen än. Den kan ändras. Skriv under när planen är klar.",
        "<b>This is a draft.</b> You and your counsellor have not agreed on the plan yet. "
        "It can change. Sign it when the plan is final."),
    "plan.about": ("Om dig och planen", "About you and the plan"),
    "plan.goal": ("Ditt mål", "Your goal"),
    "plan.goal_text": ("Du vill arbeta som: <b>{goal}</b>", "You want to work as: <b>{goal}</b>"),
    "plan.goal_missing": ("Målet är inte skrivet än.", "The goal has not been written yet."),
    "plan.based_on": ("Planen jämför det du kan med:", "The plan compares what you know with:"),
    "plan.no_frameworks": (
        "Ännu är ingen utbildning eller standard vald att jämföra med. Din "
        "valideringshandledare väljer den tillsammans med dig.",
        "No education or standard has been chosen to compare with yet. Your counsellor "
        "chooses it together with you."),
    "plan.words": ("Ord i planen", "Words in this plan"),
    "words.points": (
        "<b>Poäng</b>: kurser i komvux mäts i poäng. En kurs på 100 poäng tar ungefär "
        "5 veckor om du studerar på heltid.",
        "<b>Points</b>: courses in Komvux (municipal adult education) are measured in "
        "points. A course of 100 points takes about 5 weeks if you study full time."),
    "words.pace": (
        "<b>Studietakt</b>: hur mycket du studerar varje vecka. Heltid (100 %) är 20 poäng i "
        "veckan. Halvtid (50 %) är 10 poäng i veckan.",
        "<b>Study pace</b>: how much you study each week. Full time (100 %) is 20 points a "
        "week. Half time (50 %) is 10 points a week."),
    "words.credit": (
        "<b>Tillgodoräkna</b>: du behöver inte läsa en kurs, eftersom du redan kan det som "
        "ingår i den. Du får ett intyg, eller gör en prövning om du vill ha betyg.",
        "<b>Credit</b>: you do not need to take a course, because you already know what it "
        "covers. You get a certificate (intyg), or take an examination (prövning) if you "
        "want a grade."),
    "words.remaining": (
        "<b>Att läsa</b>: poängen räknas på hur mycket av kursen du redan kan. Det du kan "
        "delvis räknas till hälften. Poängen avrundas uppåt till jämna tiotal.",
        "<b>Left to study</b>: the points you still need to study. They are counted from how "
        "much of the course you already know. What you know in part counts as half. The "
        "points are rounded up to the next ten."),
    "words.counsellor": (
        "<b>Valideringshandledare</b>: den som hjälper dig med valideringen och med den här "
        "planen. Det är inte samma sak som en handledare på en arbetsplats eller i praktik "
        "(APL).",
        "<b>Counsellor</b> (valideringshandledare): the person who helps you with the "
        "validation and with this plan. Not the same as a supervisor (handledare) at a "
        "workplace or work placement (APL)."),
    "counsellor.yours": ("din valideringshandledare", "your counsellor"),
    "plan.known": ("Det här kan du redan", "What you already know"),
    "known.areas": ("Du har visat att du kan allt i de här kompetensområdena i {framework}:",
                    "You have shown that you know everything in these competence areas of "
                    "{framework}:"),
    "known.areas_partly": ("Du kan en del av de här områdena:",
                           "You know part of these areas:"),
    "known.courses": ("Du får tillgodoräkna de här kurserna, sammanlagt {points}:",
                      "You get credit for these courses, {points} in all:"),
    "known.parts": (
        "Du kan också delar av {count} andra kurser. Där läser du bara det du inte kan än.",
        "You also know parts of {count} other courses. There you only study what you do "
        "not know yet."),
    "known.summary": ("Av {total} i {framework} behöver du inte läsa {validated}.",
                      "Of the {total} in {framework}, you do not need to study {validated}."),
    "known.nothing": ("Inget är validerat än.", "Nothing has been validated yet."),
    "coverage.most": ("det mesta", "most of it"),
    "coverage.half": ("minst hälften", "at least half"),
    "coverage.some": ("en del", "some of it"),
    "plan.courses": ("Dina kurser", "Your courses"),
    "plan.areas": ("Det här behöver du lära dig mer om", "What you need to learn more about"),
    "courses.intro": (
        "<b>Poäng</b> är kursens poäng. <b>Att läsa</b> är de poäng du ska studera. "
        "<b>Veckor</b> är hur många veckor det tar i din studietakt.",
        "<b>Points</b> are the course's points. <b>Left to study</b> is the points you "
        "still need to study. <b>Weeks</b> is how many weeks that takes at your study pace."),
    "col.course": ("Kurs", "Course"),
    "col.area": ("Område", "Area"),
    "col.points": ("Poäng", "Points"),
    "col.to_study": ("Att läsa", "Left to study"),
    "col.weeks": ("Veckor", "Weeks"),
    "group.credited": ("Kurser du får tillgodoräkna – du behöver inte läsa dem",
                       "Courses you get credit for – you do not need to take them"),
    "group.supplementary": ("Kurser där du bara läser vissa delar",
                            "Courses where you only study some parts"),
    "group.full_course": ("Hela kurser att läsa", "Whole courses to take"),
    "group.manual": ("Annat i planen", "Other parts of the plan"),
    "row.intyg": ("Du får ett intyg.", "You get a certificate (intyg)."),
    "row.prövning": ("Du kan göra en prövning för att få betyg.",
                     "You can take an examination (prövning) to get a grade."),
    "row.parts": ("Det här ska du läsa:", "You will study:"),
    "row.full": ("Du läser hela kursen.", "You take the whole course."),
    "row.provider": ("Var: {0}", "Where: {0}"),
    "row.dates": ("När: {0}", "When: {0}"),
    "row.note": ("Anteckning: {0}", "Note: {0}"),
    "row.overridden": ("Valideringshandledaren har ändrat beslutet: {0}",
                       "Your counsellor changed the decision: {0}"),
    "row.continued": ("{0} – fortsättning", "{0} – continued"),
    "row.total": ("Summa", "Total"),
    "alternative": (
        "Du behöver bara läsa en av kurserna {choices}. Planen räknar med {chosen}.",
        "You only need one of the courses {choices}. The plan counts {chosen}."),
    "plan.time": ("Tid och studietakt", "Time and study pace"),
    "time.points": ("Du ska studera <b>{points}</b>.", "You will study <b>{points}</b>."),
    "time.pace": ("Din studietakt: <b>{pace}</b>. Det är {per_week} poäng i veckan.",
                  "Your study pace: <b>{pace}</b>. That is {per_week} points a week."),
    "time.weeks": ("Det tar ungefär <b>{weeks} veckor</b>.",
                   "It takes about <b>{weeks} weeks</b>."),
    "time.no_start": ("Startdatum är inte bestämt än.", "The start date is not set yet."),
    "time.holidays": ("Slutdatum är räknat utan lov och uppehåll.",
                      "The end date does not count holidays and breaks."),
    "timeline.when": ("När", "When"),
    "timeline.what": ("Vad", "What"),
    "timeline.agreed": ("Planen godkändes", "The plan was agreed"),
    "timeline.start": ("Du börjar studera", "You start studying"),
    "timeline.end": ("Ungefär när du är klar", "About when you finish"),
    "plan.micro": ("Mikromeriter", "Micro-credentials"),
    "micro.explain": (
        "En mikromerit är ett intyg på en mindre del av ett yrke. Du kan samla flera.",
        "A micro-credential is a certificate for a smaller part of a job. You can collect "
        "several."),
    "micro.earned": ("Det här har du redan klarat:", "You have already earned:"),
    "micro.ahead": ("De här mikromeriterna kan du klara senare:",
                    "You can earn these micro-credentials later:"),
    "micro.missing": ("Det här saknas:", "Missing:"),
    "micro.elsewhere": (
        "Fråga din valideringshandledare om de här mikromeriterna. Några av kraven i dem "
        "kommer från en annan utbildning eller standard. De kraven har inte bedömts än:",
        "Ask your counsellor about these micro-credentials. Some of their requirements come "
        "from another education or standard. Those requirements have not been assessed yet:"),
    "plan.next": ("Nästa steg", "Next steps"),
    "next.read": ("Läs planen tillsammans med {counsellor}. Fråga om något är svårt att "
                  "förstå.",
                  "Read the plan together with {counsellor}. Ask if anything is hard to "
                  "understand."),
    "next.sign": ("Skriv under planen. Du får en egen kopia.",
                  "Sign the plan. You get your own copy."),
    "next.sign_draft": ("Skriv under planen när ni är överens om den. Du får en egen kopia.",
                        "Sign the plan when you have agreed on it. You get your own copy."),
    "next.intyg": ("Du får ett intyg för kurserna som du har tillgodoräknat.",
                   "You get a certificate (intyg) for the courses you got credit for."),
    "next.prövning": ("Boka en prövning för kurserna som du vill ha betyg i.",
                      "Book an examination (prövning) for the courses you want a grade in."),
    "next.apply": ("Sök kurserna i komvux. Din valideringshandledare hjälper dig.",
                   "Apply for the courses in Komvux. Your counsellor helps you."),
    "next.start": ("Du börjar studera {date}.", "You start studying on {date}."),
    "next.start_unknown": ("Du och din valideringshandledare bestämmer när du börjar.",
                           "You and your counsellor decide when you start."),
    "next.follow_up": ("Efter 3 och 6 månader hör vi av oss och frågar hur det går.",
                       "After 3 and 6 months we contact you and ask how it is going."),
    "plan.signatures": ("Underskrifter", "Signatures"),
    "sign.agree": ("Vi är överens om planen.", "We agree on this plan."),
    "sign.individual": ("Deltagarens underskrift", "Participant's signature"),
    "sign.counsellor": ("Valideringshandledarens underskrift", "Counsellor's signature"),
    "sign.draft": (
        "Planen skrivs under när du och din valideringshandledare är överens om den.",
        "The plan is signed when you and your counsellor have agreed on it."),
    # -- competence certificate ----------------------------------------------------------
    "cert.title": ("Kompetensintyg", "Certificate of competence"),
    "cert.subtitle": ("Validering av reell kompetens", "Validation of prior learning"),
    "cert.subject": ("Kompetensintyg – ärende {reference}",
                     "Certificate of competence – case {reference}"),
    "cert.intro": (
        "Intyget visar de krav som personen nedan har visat att hen uppfyller vid en "
        "validering av reell kompetens. Varje krav anges med hur det har bedömts.",
        "This certificate lists the requirements the person below has shown they meet in a "
        "validation of prior learning. Each requirement states how it was assessed."),
    "cert.draft": ("UTKAST – bedömningen är inte klar än",
                   "DRAFT – the assessment is not finished yet"),
    "cert.draft_note": (
        "<b>Det här är ett utkast.</b> Bedömningen är inte klar än. Fler krav kan bli "
        "validerade. Ett färdigt intyg skrivs ut när bedömningen är klar.",
        "<b>This is a draft.</b> The assessment is not finished yet. More requirements may "
        "be validated. A final certificate is printed when the assessment is finished."),
    "cert.person": ("Personen", "The person"),
    "cert.framework_meta": ("{kind}, kod {code}, version {version}{owner}",
                            "{kind}, code {code}, version {version}{owner}"),
    "cert.owner": (", ägare: {0}", ", owner: {0}"),
    "cert.framework_count": ("Validerade krav: {met} av {total}.",
                             "Validated requirements: {met} of {total}."),
    "cert.unit_count": ("{met} av {total} krav uppfyllda", "{met} of {total} requirements met"),
    "cert.unit_partly": ("{0} delvis", "{0} partly"),
    "cert.unit_full.area": ("Hela området är validerat.", "The whole area is validated."),
    "cert.unit_full.course": ("Hela kursen är validerad.", "The whole course is validated."),
    "cert.none_in": ("Inga krav validerade i: {0}.", "No requirements validated in: {0}."),
    "cert.col.code": ("Kod", "Code"),
    "cert.col.requirement": ("Krav", "Requirement"),
    "cert.col.how": ("Så har det bedömts", "How it was assessed"),
    "cert.direct": ("Direkt bedömt", "Assessed directly"),
    "cert.derived": ("Härlett via {0}", "Derived via {0}"),
    "cert.credit": ("Kurser som kan tillgodoräknas", "Courses that may be credited"),
    "cert.credit_intro": (
        "Kurserna nedan motsvaras helt av det som har validerats. De kan tillgodoräknas med "
        "intyg eller, för betyg, efter prövning.",
        "The courses below are fully matched by what has been validated. They may be "
        "credited with a certificate (intyg) or, for a grade, after an examination "
        "(prövning)."),
    "cert.col.course": ("Kurs", "Course"),
    "cert.col.points": ("Poäng", "Points"),
    "cert.col.form": ("Dokumenteras som", "Documented as"),
    "cert.col.validated": ("Validerat", "Validated"),
    "cert.partly": ("Kurser som motsvaras delvis", "Courses partly matched"),
    "cert.partly_intro": ("Delar av de här kurserna är validerade. Resten kan läsas som "
                          "kompletterande utbildning.",
                          "Parts of these courses are validated. The rest can be taken as "
                          "supplementary training."),
    "cert.percent_rule": (
        "I procenten räknas ett krav som bara är delvis uppfyllt som ett halvt krav, och "
        "procenten avrundas nedåt.",
        "In the percentage, a requirement that is only partly met counts as half a "
        "requirement, and the percentage is rounded down."),
    "cert.percent_rule_less": (
        "I procenten räknas ett krav som bara är delvis uppfyllt som högst ett halvt krav, "
        "och procenten avrundas nedåt.",
        "In the percentage, a requirement that is only partly met counts as at most half a "
        "requirement, and the percentage is rounded down."),
    "cert.percent_weights": ("Vissa krav väger mer än andra.",
                             "Some requirements weigh more than others."),
    "cert.no_credit": ("Ingen kurs motsvaras helt än.", "No course is fully matched yet."),
    "cert.micro": ("Mikromeriter som har utfärdats eller kan utfärdas",
                   "Micro-credentials issued or ready to issue"),
    "cert.issuer": ("Utfärdare", "Issuer"),
    "cert.issued_by": ("Utfärdat av {0}.", "Issued by {0}."),
    "cert.sign_draft": ("Intyget skrivs under när bedömningen är klar.",
                        "The certificate is signed when the assessment is finished."),
    "credit.intyg": ("intyg", "certificate (intyg)"),
    "credit.prövning": ("prövning för betyg", "examination for a grade (prövning)"),
    # -- micro-credential ----------------------------------------------------------------
    "micro.title": ("Mikromerit", "Micro-credential"),
    "micro.subject": ("Mikromerit {code} – ärende {reference}",
                      "Micro-credential {code} – case {reference}"),
    "micro.intro": (
        "Intyg om en mikromerit. Uppgifterna nedan är de som EU:s rådsrekommendation om "
        "mikromeriter (2022/C 243/02, bilaga I) kräver.",
        "Certificate of a micro-credential. The details below are those required by the "
        "EU Council Recommendation on micro-credentials (2022/C 243/02, Annex I)."),
    "micro.elements": ("Uppgifter enligt EU:s bilaga I", "Details according to EU Annex I"),
    "annex.learner": ("Deltagare", "Learner"),
    "annex.title": ("Titel", "Title"),
    "annex.country": ("Land eller region för utfärdaren", "Country or region of the issuer"),
    "annex.awarding_body": ("Utfärdande organisation", "Awarding body"),
    "annex.issued_on": ("Utfärdandedatum", "Date of issue"),
    "annex.learning_outcomes": ("Läranderesultat", "Learning outcomes"),
    "annex.workload": ("Teoretisk arbetsbelastning", "Notional workload"),
    "annex.level": ("Nivå (SeQF/EQF)", "Level (SeQF/EQF)"),
    "annex.assessment_type": ("Typ av bedömning", "Type of assessment"),
    "annex.participation": ("Deltagarform", "Form of participation"),
    "annex.quality_assurance": ("Typ av kvalitetssäkring", "Type of quality assurance"),
    "micro.requirements": ("Krav som ingår och hur de har validerats",
                           "Requirements included and how they were validated"),
    "micro.more": ("Mer information", "Further information"),
    "micro.prerequisites": ("Förkunskaper", "Prerequisites"),
    "micro.stackable": ("Kan byggas på till", "Can be stacked into"),
    "micro.digital": ("En digital version (Open Badges 3.0) finns i filen {0}.",
                      "A digital version (Open Badges 3.0) is in the file {0}."),
    "micro.values_language": ("Uppgifterna om mikromeriten är skrivna på svenska.",
                              "The details of the micro-credential are written in Swedish."),
    "country.SE": ("Sverige", "Sweden"),
    "country.NO": ("Norge", "Norway"),
    "country.DK": ("Danmark", "Denmark"),
    "country.FI": ("Finland", "Finland"),
    # -- errors (shown by the CLI and the app) -------------------------------------------
    "error.language": ("språket ska vara sv eller en", "the language must be sv or en"),
    "error.no_micro": ("mikromeriten {code} hör inte till ärendet",
                       "micro-credential {code} does not belong to the case"),
    "error.not_earned": ("mikromeriten {code} är inte uppnådd än; det saknas: {missing}",
                         "micro-credential {code} is not earned yet; missing: {missing}"),
    "error.missing_element": (
        "mikromeriten {code} kan inte utfärdas: uppgift saknas i definitionen: {elements}",
        "micro-credential {code} cannot be issued: the definition lacks: {elements}"),
}

_MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_METHODS: dict[AssessmentMethod, tuple[str, str]] = {
    AssessmentMethod.INTERVIEW: ("intervju", "interview"),
    AssessmentMethod.PRACTICAL_DEMONSTRATION: ("praktisk demonstration",
                                               "practical demonstration"),
    AssessmentMethod.WORKPLACE_OBSERVATION: ("observation på arbetsplats",
                                             "workplace observation"),
    AssessmentMethod.DOCUMENT_REVIEW: ("granskning av dokument", "document review"),
    AssessmentMethod.THEORY_TEST: ("teoriprov", "theory test"),
    AssessmentMethod.THIRD_PARTY_REPORT: ("utlåtande från annan", "third-party report"),
}
_COVERAGE: dict[Coverage, tuple[str, str]] = {
    Coverage.FULL: ("hel koppling", "full match"),
    Coverage.PARTIAL: ("delvis koppling", "partial match"),
}
_PACE = {100: ("heltid", "full time"), 50: ("halvtid", "half time")}
_NBSP = "\u00a0"


class Texts:
    """The catalogue in one language, with the formatting that goes with it."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise KnownError(TEXTS["error.language"][0], place=language)
        self.language = language
        self._index = LANGUAGES.index(language)

    def __call__(self, key: str, *args: object, **kwargs: object) -> str:
        text = TEXTS[key][self._index]
        return text.format(*args, **kwargs) if args or kwargs else text

    def date(self, day: date | None) -> str:
        """18 januari 2027 / 18 January 2027: easier to read than 2027-01-18."""
        if day is None:
            return self("dash")
        return f"{day.day} {_MONTHS[self.language][day.month - 1]} {day.year}"

    def number(self, value: float) -> str:
        """92, 4,5 (sv) / 4.5 (en); thousands grouped: 1 500 (sv) / 1,500 (en)."""
        rounded = round(value, 1)
        text = f"{int(rounded):,}" if rounded == int(rounded) else f"{rounded:,.1f}"
        if self.language == "sv":
            text = text.replace(",", _NBSP).replace(".", ",")
        return text

    def points(self, value: float) -> str:
        return self("points", self.number(value))

    def percent(self, value: float) -> str:
        return f"{self.number(value)}{_NBSP}%"

    def pace(self, percent: float) -> str:
        """halvtid (50 %), heltid (100 %), deltid (25 %)."""
        words = _PACE.get(int(percent), ("deltid", "part time"))[self._index]
        return f"{words} ({self.percent(percent)})"

    def method(self, method: AssessmentMethod) -> str:
        return _METHODS[method][self._index]

    def coverage(self, coverage: Coverage) -> str:
        return _COVERAGE[coverage][self._index]

    def kind(self, kind: FrameworkKind) -> str:
        return self(f"kind.{kind.value}")

    def credit_form(self, form: CreditForm | None) -> str:
        chosen = form or CreditForm.CERTIFICATE
        return self(f"credit.{chosen.value}")

    def country(self, code: str) -> str:
        key = f"country.{code.upper()}"
        return f"{self(key)} ({code.upper()})" if key in TEXTS else code

    def share(self, coverage: float) -> str:
        """A coverage in words, for a reader who would stumble over 0,62."""
        if coverage >= 0.75:
            return self("coverage.most")
        if coverage >= 0.5:
            return self("coverage.half")
        return self("coverage.some")
