#pragma once

#include <QDate>
#include <QString>

namespace habeas {

struct CodeCheck {
    bool ok = false;
    int wrongPosition = 0; // 1-based position of the offending character; 0 when not one character
    QString message; // translated, for the user; empty when ok
    // What a valid resident ID number encodes:
    QDate birthDate;
    bool male = false;
};

// Resident identity number, GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character.
CodeCheck checkResidentId(const QString &input);
// The check character the first 17 digits call for ('0'–'9' or 'X'); QChar() if they are not
// digits.
QChar residentIdCheckCharacter(QStringView first17);

// Unified social credit code, GB 32100-2015: 18 characters from 0–9 and A–Y without I, O, S, V, Z,
// the last a MOD 31 check character.
CodeCheck checkUscc(const QString &input);
QChar usccCheckCharacter(QStringView first17);

// Phone numbers, loosely: digits with the usual separators, an optional + country code and
// extension; a Chinese mobile number (11 digits, starting with 1) or landline (area code 0…).
CodeCheck checkPhone(const QString &input);

// The province-level division a resident ID number's first two digits name (GB/T 2260):
// "11" → 北京市, "44" → 广东省; empty for a code that names none.
QString provinceName(QStringView code);

} // namespace habeas
