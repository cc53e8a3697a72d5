#pragma once

#include "law/statute.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

class QJsonObject;
#include <vector>

namespace habeas {

// The bundled statutes: catalogue (instruments.json) plus the parsed texts. Immutable after
// load(); pointers handed out stay valid until the next load() or destruction.
class StatuteLibrary final {
public:
    StatuteLibrary();
    ~StatuteLibrary();
    Q_DISABLE_COPY_MOVE(StatuteLibrary)

    // Loads "<root>/instruments.json" and every file it lists. The resource must be
    // registered first (Q_INIT_RESOURCE(statutes) when it lives in a static library).
    // Returns false and leaves the library empty on any error; see errorString().
    bool load(const QString &root = QStringLiteral(":/statutes"));
    [[nodiscard]] bool isLoaded() const { return !m_instruments.empty(); }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    // Tolerated oddities in the texts, one line each, prefixed with the file name.
    [[nodiscard]] QStringList warnings() const { return m_warnings; }

    [[nodiscard]] QList<const Instrument *> instruments() const; // catalogue order
    [[nodiscard]] const Instrument *instrument(QStringView id) const;
    [[nodiscard]] QList<const InstrumentGroup *> groups() const;
    [[nodiscard]] const InstrumentGroup *group(QStringView id) const;

    // Instruments a name denotes: an id, the formal title, the abbreviation or any alias;
    // case, full-/half-width, spacing and book-title marks 《》〈〉 do not matter. A group name
    // ("民法典", "Civil Code", "civil-code") yields all of its books.
    [[nodiscard]] QList<const Instrument *> resolve(QStringView name) const;

    // Article lookup; `name` is anything resolve() accepts, so ("civil-code", 1034) finds the
    // personality-rights book. nullptr if no resolved instrument has that article.
    [[nodiscard]] const Article *article(QStringView name, int number) const;

    // Existing articles closest to `number`, nearest first (ties: lower number first), across
    // every instrument `name` resolves to. Used to suggest "PIPL 74" for "PIPL 75".
    [[nodiscard]] QList<const Article *> nearestArticles(
        QStringView name, int number, qsizetype maxCount = 3) const;

    // The key names are compared by; exposed so callers can match names the same way.
    [[nodiscard]] static QString normalizedName(QStringView name);

private:
    void clear();
    // load()'s parts.
    void loadGroups(const QJsonObject &catalog);
    bool loadInstrument(const QString &root, const QJsonObject &o);
    void indexNames();
    bool fail(const QString &message);
    void addName(const QString &name, const QString &instrumentId);

    std::vector<std::unique_ptr<Instrument>> m_instruments;
    std::vector<std::unique_ptr<InstrumentGroup>> m_groups;
    QHash<QString, const Instrument *> m_byId;
    QHash<QString, QList<const Instrument *>> m_byName; // normalizedName → instruments
    QString m_errorString;
    QStringList m_warnings;
};

} // namespace habeas

namespace habeas {

// The statutes shipped in :/statutes, loaded once on first use (thread-safe).
[[nodiscard]] const StatuteLibrary &bundledStatutes();

} // namespace habeas
