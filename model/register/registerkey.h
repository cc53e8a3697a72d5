#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace habeas {

class StorageBackend;

// The secret key of a case's register of affected persons: 32 random bytes kept where the storage
// backend keeps them (StorageBackend::registerKey): in a folder library the file register.key
// beside library.sqlite, one for all its cases and never in the database, so that the database
// alone — a copied file, a backup — cannot be searched for a person by trying every possible ID
// number; on a server a row per case behind the case's wall (docs/register.md, "The key").
// Without the key `register find` cannot match; the statistics stay readable.
class RegisterKey final {
public:
    // HMAC-SHA-256, its first 64 bits: a false match among ten million people is a chance of
    // one in a million million; duplicates are told by the ID number itself, never by this.
    using Hash = quint64;
    static const QString kFileName; // a folder library's

    // The key of case `caseId`; a new one (not yet kept) when it has none and `create` is set.
    static Result<RegisterKey> load(StorageBackend &backend, qint64 caseId, bool create);
    // Keeps a new key where its backend keeps keys (on a server, in the caller's transaction);
    // nothing to do for a key that was loaded.
    Status save() const;

    bool isNew() const { return m_new; }
    // Names the key without revealing it: stored with a register, so a register hashed with
    // another key is told apart rather than silently never matching.
    QString id() const;

    // HMAC-SHA-256(key, kind ":" text), its first 8 bytes as a big-endian number. Thread-safe (the
    // keyed state is copied).
    Hash hash(char kind, const char *text, int length) const;
    Hash idNumberHash(QStringView idNumber) const; // 18 characters, upper case
    Hash phoneHash(QStringView phone) const; // any form; the digits are hashed
    // The digits of a phone number as hashed: separators dropped, a +86/86 country code before
    // a mobile number dropped.
    static QByteArray phoneDigits(QStringView phone);

private:
    StorageBackend *m_backend = nullptr;
    qint64 m_case = 0;
    QByteArray m_key;
    QByteArray m_state; // the HMAC state after the key: copied for each hash
    bool m_new = false;
};

} // namespace habeas
