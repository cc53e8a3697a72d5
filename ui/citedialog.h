#pragma once

#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace habeas {

class AnnotationStore;

// Which exhibit proves an element, down to the page and the region of the page.
class CiteDialog final : public QDialog {
    Q_OBJECT

public:
    CiteDialog(const QString &element, const QList<EvidenceRecord> &exhibits,
        AnnotationStore &regions, QWidget *parent = nullptr);

    qint64 evidenceId() const;
    int page() const; // 0: the whole exhibit
    qint64 annotationId() const; // 0: no region
    QString note() const;

    QComboBox *exhibitBox() const { return m_exhibit; }
    QComboBox *regionBox() const { return m_region; }

private:
    void fillRegions();

    QList<EvidenceRecord> m_exhibits;
    AnnotationStore &m_regions;
    QComboBox *m_exhibit;
    QSpinBox *m_page;
    QComboBox *m_region;
    QLineEdit *m_note;
};

} // namespace habeas
