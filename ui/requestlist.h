#pragma once

#include <QListWidget>

namespace habeas {

class Library;

// The case's 诉讼请求, numbered as the complaint numbers them; a request with open review
// comments carries ✎N and shows the comments as its tooltip. Follows the claims and the review.
class RequestList final : public QListWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestList)

public:
    explicit RequestList(Library &library, QWidget *parent = nullptr);

    void setCase(qint64 caseId);
    void reload();

private:
    Library &m_library;
    qint64 m_caseId = 0;
};

} // namespace habeas
