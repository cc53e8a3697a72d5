#include "review/reviewcomment.h"

#include <QCryptographicHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace habeas {

QString toId(ReviewAnchor::Kind kind)
{
    switch (kind) {
    case ReviewAnchor::Kind::Element:
        return u"element"_s;
    case ReviewAnchor::Kind::Region:
        return u"region"_s;
    case ReviewAnchor::Kind::Request:
        return u"request"_s;
    case ReviewAnchor::Kind::Document:
        return u"document"_s;
    }
    return {};
}

std::optional<ReviewAnchor::Kind> anchorKindFromId(const QString &id)
{
    using K = ReviewAnchor::Kind;
    for (K k : { K::Element, K::Region, K::Request, K::Document })
        if (toId(k) == id)
            return k;
    return std::nullopt;
}

QString ReviewComment::digest() const
{
    QByteArray bytes = text.toUtf8();
    bytes += '\x1f';
    bytes += isResolved() ? QByteArray("resolved\x1f") + resolvedBy.toUtf8() : QByteArray("open");
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject ReviewComment::toJson() const
{
    QJsonObject json {
        { u"uid"_s, uid },
        { u"anchor"_s, toId(anchor.kind) },
        { u"anchorUid"_s, anchor.uid },
        { u"text"_s, text },
        { u"author"_s, author },
        { u"createdAt"_s, createdAt },
        { u"editedAt"_s, editedAt },
        { u"revision"_s, revision },
        { u"resolvedBy"_s, resolvedBy },
        { u"resolvedAt"_s, resolvedAt },
        { u"baseDigest"_s, baseDigest },
    };
    if (anchor.kind == ReviewAnchor::Kind::Element)
        json.insert(u"element"_s, anchor.element);
    return json;
}

namespace {
bool isUuid(const QString &s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull() && s == s.toLower();
}
} // namespace

std::optional<ReviewComment> ReviewComment::fromJson(const QJsonObject &json)
{
    for (const char *key : { "uid", "anchor", "anchorUid", "text", "author", "createdAt",
             "editedAt", "resolvedBy", "resolvedAt", "baseDigest" })
        if (!json.value(QLatin1String(key)).isString())
            return std::nullopt;
    ReviewComment c;
    c.uid = json.value(u"uid"_s).toString();
    const auto kind = anchorKindFromId(json.value(u"anchor"_s).toString());
    c.anchor.uid = json.value(u"anchorUid"_s).toString();
    c.text = json.value(u"text"_s).toString().trimmed();
    if (!kind || !isUuid(c.uid) || !isUuid(c.anchor.uid) || c.text.isEmpty())
        return std::nullopt;
    c.anchor.kind = *kind;
    c.anchor.element = json.value(u"element"_s).toString();
    if (c.anchor.kind == ReviewAnchor::Kind::Element && c.anchor.element.isEmpty())
        return std::nullopt;
    c.author = json.value(u"author"_s).toString();
    c.createdAt = json.value(u"createdAt"_s).toString();
    c.editedAt = json.value(u"editedAt"_s).toString();
    c.revision = json.value(u"revision"_s).toInt(0);
    c.resolvedBy = json.value(u"resolvedBy"_s).toString();
    c.resolvedAt = json.value(u"resolvedAt"_s).toString();
    c.baseDigest = json.value(u"baseDigest"_s).toString();
    if (c.revision < 1 || c.createdAt.isEmpty() || c.editedAt.isEmpty())
        return std::nullopt;
    return c;
}

} // namespace habeas
