#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace habeas {

class Library;

// Civil Code 1000: an apology in writing, or public in a medium for a number of days.
enum class ApologyForm { None, Written, Public };
QString toId(ApologyForm form);
std::optional<ApologyForm> apologyFormFromId(const QString &id);

// One 诉讼请求 of a case as stored (ClaimStore::requests gives the texts alone).
struct CaseRequest {
    int position = 0; // 1-based
    QString text; // as the complaint asks it: 判令被告……
    QString demand; // as a letter demands it before any court: 停止……; empty: not worded yet
    ApologyForm apology = ApologyForm::None;
    QString apologyMedium; // public: where, e.g. 其运营的“某某”App首页显著位置
    int apologyDays = 0; // public: for how many days
};

// The requests with their letter demands and apology particulars. ClaimStore::setRequests
// replaces the texts; a request whose text it keeps keeps its demand and apology.
class RequestStore final {
public:
    explicit RequestStore(Library &library)
        : m_library(library)
    {
    }

    Result<QList<CaseRequest>> requests(qint64 caseId) const;
    // The demand of request `position` (1-based) in the lawyer's words; empty clears it.
    Status setDemand(qint64 caseId, int position, const QString &demand);
    // Appends an apology request, its text and demand composed from the form, the case's
    // parties, the medium and the days (public needs both). Returns its position.
    Result<int> addApology(
        qint64 caseId, ApologyForm form, const QString &medium = {}, int days = 0);

private:
    Library &m_library;
};

} // namespace habeas
