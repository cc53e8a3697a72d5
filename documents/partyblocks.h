#pragma once

#include "cases/casetypes.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace habeas {

struct TemplateInfo;

// The parties as a template sees them (filingcontext.h lists the keys) and what a template's
// "requires:" asks of them: plaintiffs, defendants, thirdParties, agents (entrusted agents,
// CPL 61), publicInterestPlaintiffs, each alone or with a field ("plaintiffs.address").
// A statutory agent (法定代理人, CPL 60) is printed after its party with the particulars the
// party's role requires; a minor party without one is missing it.

// True for plaintiffs, defendants … and <list>.<field> with a known field.
bool isKnownPartyRequirement(const QString &field);
// True when `field` names a party list (with or without a field).
bool isPartyRequirement(const QString &field);

// What the parties lack of one requirement `field` of a template, in Chinese: a list with nobody
// in it, a field a party (or its statutory agent) lacks, a minor's statutory agent.
QStringList missingPartyFields(
    const QString &field, const QList<PartyRecord> &parties, const QDate &today);

// Inserts the party keys into `data`: the lists, partyBlock, applicantBlock, respondentBlock,
// the names, signer, poaSigners, poaWe.
void insertPartyData(QVariantMap &data, const TemplateInfo &info, const QList<PartyRecord> &parties,
    bool publicInterest);

} // namespace habeas
