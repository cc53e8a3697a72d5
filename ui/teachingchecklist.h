#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QHBoxLayout;
class QLabel;

namespace habeas {

class Library;

// The teaching copy's review: each exhibit of the case with every page as the copy will show
// it (rendered on a worker, redactions burned in) and a checkbox "I looked at every page";
// Export stays disabled until every exhibit is ticked. Accepting records the reviews in the
// library (teaching_reviews); an exhibit whose review still holds starts ticked.
class TeachingChecklist final : public QDialog {
    Q_OBJECT

public:
    TeachingChecklist(Library &library, qint64 caseId, QWidget *parent = nullptr);
    ~TeachingChecklist() override;

    QList<QCheckBox *> checkBoxes() const { return m_boxes.values(); }
    QCheckBox *checkBoxFor(qint64 evidenceId) const { return m_boxes.value(evidenceId); }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Pages shown so far, for tests.
    int pagesShown() const { return m_pagesShown; }
    bool isRendering() const { return m_watcher.isRunning(); }

    void accept() override;

private:
    struct Rendered {
        qint64 evidenceId = 0;
        QList<QImage> pages;
    };
    void showPages(int index);
    void update();

    Library &m_library;
    qint64 m_caseId;
    QHash<qint64, QCheckBox *> m_boxes;
    QHash<qint64, QHBoxLayout *> m_strips;
    QHash<qint64, QLabel *> m_waiting;
    QDialogButtonBox *m_buttons;
    QLabel *m_problem;
    QFutureWatcher<Rendered> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    int m_pagesShown = 0;
};

} // namespace habeas
