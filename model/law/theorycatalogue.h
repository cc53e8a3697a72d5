#pragma once

#include "law/citation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace habeas {

class StatuteLibrary;

// Who must prove an element. Shifting (P→D): the plaintiff shows the processing, then the
// processor must prove its lawful basis or exception (CPLI 91).
enum class Burden { Plaintiff, Defendant, Shifting };
// The catalogue's id: "plaintiff", "defendant" or "shifting".
[[nodiscard]] QString toId(Burden burden);

enum class TheoryKind {
    CommonCore, // T0: the elements every private claim shares
    Private, // a natural person's own claim; the common claims are appended to its own
    PublicInterest, // PIPL 70 suits
};

// Article references in the catalogue are citations parseCitation() accepts ("PIPL 13(1)(ii)",
// "CC 1034(2)") or ranges of one level written with an en dash: "PIPL 13–31",
// "PIPL 14(1)–(2)", "PIPL 13(1)(ii)–(vii)". References to instruments that are not bundled are
// kept apart as plain, unverified strings (unbundledReferences).

// E1–E11: the evidence table of the catalogue ("evidenceCodes" in theories.json).
struct EvidenceCode {
    QString code; // "E1"
    QString textZh;
    QString textEn;
    QStringList articles;
};

// A case the catalogue refers to by code ("C1"). The catalogue was drawn from a legal brief that
// is not in the repository; theories.json now holds its content, and docs/howto-theory.md its
// format. "The brief" below means that source.
struct CaseReference {
    QString code;
    QString labelZh;
    QString labelEn;
    QString court; // as the brief gives it; may be empty
    bool unverified = false; // the brief marks dockets, facts or holdings UV
};

// An instrument the bundled texts lack (NB in the brief). Nothing cited from it is checked.
struct UnbundledInstrument {
    QString abbreviation; // how unbundledReferences start: "NPR", "CC 497", …
    QString titleZh;
    QString nameEn;
    // Set for the earlier law a pleading may rest on (侵权责任法, 民法总则, the 2012 NPCSC
    // decision): the title inside 《》 of a court citation, and when it was in force.
    QString citationTitle;
    QDate inForce;
    QDate ended; // the last day in force; invalid while in force
};

// The law a claim's liability paragraph names: the rule that imposes liability (PIPL 69(1),
// CC 1165(1), CC 577) or the duty breached, with the law that governed before it came into force
// (article references, or unbundled ones: "TLL 6(1)"). The rule pleaded is the first of
// articles + priorLaw in force at the time of the conduct; the duty, every own article in force,
// else every earlier one. Definitions (PIPL 4, 73; CC 1034(2)) never belong here.
struct LawRule {
    QStringList articles;
    QStringList priorLaw;

    [[nodiscard]] bool isEmpty() const { return articles.isEmpty() && priorLaw.isEmpty(); }
};

// The right a claim pleads: the section of 事实和理由 it stands under, and the fee category.
enum class PleadedRight {
    PersonalInformation, // 个人信息权益
    Privacy, // 隐私权 (CC 1032–1033)
    Contract, // 违约责任: a property case for the court fee
};

// A variant of a theory with partly different elements, e.g. the three limbs of PIPL 24. A limb
// may plead its own heading, duty, liability rule and right (the privacy limb of the SMS claim).
struct Limb {
    QString id;
    QString nameZh;
    QString nameEn;
    QString headingZh;
    LawRule duty;
    LawRule liability;
    std::optional<PleadedRight> right;
};

struct Element {
    QString id; // "<theory id>.<n>"
    QString limb; // empty: applies to every limb of the theory
    QString textZh;
    QString textEn;
    Burden burden = Burden::Plaintiff;
    QStringList articles;
    // The law that governed the same duty before `articles` came into force (Civil Code
    // 2021-01-01, PIPL 2021-11-01): article references, or unbundled ones ("TLL 6(2)").
    QStringList priorLaw;
    QStringList evidenceCodes; // keys of the evidence table
    QString evidenceNoteZh; // proof outside the table ("运营商实名登记记录")
    QString evidenceNoteEn;
    QString restates; // id of the common-core element this one repeats, e.g. "common-core.8"
    QStringList caseCodes; // cases a rule stated in the element comes from
    QStringList unbundledReferences;
    bool unverified = false;
};

struct Defence {
    QString id; // "<theory id>.d<n>"
    QString defenceZh;
    QString defenceEn;
    QString answerZh; // the court's answer, or the rule that answers it
    QString answerEn;
    QStringList articles;
    QStringList caseCodes;
    QStringList unbundledReferences;
    bool unverified = false;
};

// One 诉讼请求, worded as in the brief, without the separating "；" or final "。".
// 〔…〕 marks text to fill in; "X" marks an amount or count.
struct ClaimTemplate {
    QString text;

    // The 〔…〕 placeholders in order, brackets included.
    [[nodiscard]] QStringList placeholders() const;
};

// Free-standing remarks: procedure, relief seen in practice, gaps in the case law.
struct Note {
    QString textZh;
    QString textEn;
    QStringList articles;
    QStringList caseCodes;
    QStringList unbundledReferences;
    bool unverified = false;
};

struct Theory {
    QString id; // "forced-collection"
    QString code; // "T1"
    TheoryKind kind = TheoryKind::Private;
    QString nameZh;
    QString nameEn;
    QStringList articles;
    QStringList unbundledReferences;
    QList<Limb> limbs;
    // The limbs are alternatives ("oneOf" in the JSON): a claim chooses one, and only the
    // elements of that limb (and those of no limb) are its case.
    bool alternatives = false;
    PleadedRight right = PleadedRight::PersonalInformation;
    // The default heading of its reasons: a sentence, "被告未经原告同意处理其个人信息，侵害了原告的
    // 个人信息权益", which the lawyer may replace per claim.
    QString headingZh;
    LawRule duty;
    LawRule liability;
    QList<Element> elements;
    QList<Defence> defences;
    QList<ClaimTemplate> claims;
    QList<Note> notes;
    QList<Note> procedure; // public-interest suits only

    [[nodiscard]] const Element *element(QStringView elementId) const;
    [[nodiscard]] const Limb *limb(QStringView limbId) const;
};

// The citations an article reference stands for: one, or every one a range spans.
struct ArticleReference {
    QList<Citation> citations;
    QString errorString; // English, translatable; empty on success

    [[nodiscard]] bool isValid() const { return errorString.isEmpty(); }
};

[[nodiscard]] ArticleReference parseArticleReference(
    const QString &text, const StatuteLibrary &library);

// The legal-theory catalogue (resources/theories/theories.json). Immutable after load();
// pointers handed out stay valid until the next load() or destruction.
class TheoryCatalogue final {
public:
    TheoryCatalogue();
    ~TheoryCatalogue();
    Q_DISABLE_COPY_MOVE(TheoryCatalogue)

    // Reads the JSON; fails only when it cannot be represented (not JSON, unknown burden or
    // kind, missing ids). Whether its content is sound is validate()'s job.
    bool load(const QString &path = QStringLiteral(":/theories/theories.json"));
    [[nodiscard]] bool isLoaded() const { return !m_theories.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    [[nodiscard]] const QList<Theory> &theories() const { return m_theories; }
    [[nodiscard]] const Theory *theory(QStringView id) const;
    [[nodiscard]] const QList<EvidenceCode> &evidenceCodes() const { return m_evidenceCodes; }
    [[nodiscard]] const EvidenceCode *evidenceCode(QStringView code) const;
    [[nodiscard]] const QList<ClaimTemplate> &commonClaims() const { return m_commonClaims; }
    [[nodiscard]] const QList<CaseReference> &cases() const { return m_cases; }
    [[nodiscard]] const CaseReference *caseReference(QStringView code) const;
    [[nodiscard]] const QList<UnbundledInstrument> &unbundledInstruments() const
    {
        return m_unbundledInstruments;
    }
    // The unbundled instrument a reference names ("TLL 6(2)" → 侵权责任法), or nullptr.
    [[nodiscard]] const UnbundledInstrument *unbundledInstrument(QStringView reference) const;

    // One message per problem: unreadable or non-existent citations, bad ranges, duplicate
    // ids, unknown evidence or case codes, limbs or restated elements, unbundled references
    // naming no known instrument, theories without elements or claims, missing texts.
    [[nodiscard]] QStringList validate(const StatuteLibrary &library) const;

private:
    void clear();
    bool fail(const QString &message);

    QList<Theory> m_theories;
    QList<EvidenceCode> m_evidenceCodes;
    QList<ClaimTemplate> m_commonClaims;
    QList<CaseReference> m_cases;
    QList<UnbundledInstrument> m_unbundledInstruments;
    QString m_errorString;
};

} // namespace habeas
