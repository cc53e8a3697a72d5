#pragma once

#include "core/result.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace habeas {

class Library;
struct TemplateInfo;

// The fields the lawyer sets for one letter or application (documents/documentfields.h): the
// data categories, the grounds chosen, the period, the chronology event of a withdrawal …;
// and, for a letter that demands, how it demands each 诉讼请求 (RequestStore); and, for a
// document that asks or demands, an apology request with its form, medium and days (Civil Code
// 1000). OK checks every value and writes them; a bad one is named and nothing is written.
class DocumentFieldsDialog final : public QDialog {
    Q_OBJECT

public:
    DocumentFieldsDialog(
        Library &library, qint64 caseId, const TemplateInfo &info, QWidget *parent = nullptr);

    // Whether the template has anything for this dialog.
    static bool applies(const TemplateInfo &info);

    // The editor of a field (QPlainTextEdit, QSpinBox, QComboBox, QCheckBox, or a QWidget of
    // QCheckBoxes named "item<n>"), and of a request's demand (1-based).
    QWidget *editor(const QString &fieldId) const { return m_editors.value(fieldId); }
    QLineEdit *demandEdit(int position) const { return m_demands.value(position); }
    // The apology request (Civil Code 1000): its form, medium and days, and adding it.
    QComboBox *apologyForm() const { return m_apologyForm; }
    QLineEdit *apologyMedium() const { return m_apologyMedium; }
    QSpinBox *apologyDays() const { return m_apologyDays; }
    Status addApology();

    // Checks and writes; the error names the field.
    Status save();

    void accept() override;

private:
    QWidget *makeEditor(const QString &fieldId, const QString &value);
    QString valueOf(const QString &fieldId) const;
    QWidget *buildApologyBox(QWidget *parent);
    void addDemandRow(int position, const QString &request, const QString &demand);

    Library &m_library;
    qint64 m_caseId;
    QString m_templateId;
    QMap<QString, QString> m_stored;
    QHash<QString, QWidget *> m_editors;
    QMap<int, QLineEdit *> m_demands;
    QMap<int, QString> m_storedDemands;
    QFormLayout *m_demandForm = nullptr;
    QComboBox *m_apologyForm = nullptr;
    QLineEdit *m_apologyMedium = nullptr;
    QSpinBox *m_apologyDays = nullptr;
};

} // namespace habeas
