#pragma once

#include "alerts/AlertTypes.h"

#include <QDialog>

#include <memory>

class QTimer;

namespace Ui {
class SilenceDialog;
}

namespace vigil {

class Clock;

// Creates a silence from an alert: its labels as editable matchers (each with a checkbox to
// include it), a duration (1 h, 4 h, 1 day or until a date) and a required comment. OK stays
// disabled, with the reason shown, until the silence is valid.
class SilenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilenceDialog)

public:
    enum class Duration { OneHour, FourHours, OneDay, Until };

    explicit SilenceDialog(QWidget *parent = nullptr);
    ~SilenceDialog() override;

    void setClock(const Clock *clock);
    // Pre-fills one matcher per label (alertname first), all included.
    void setAlert(const Alert &alert);

    // Rows of the matcher table; `included` is its checkbox.
    struct MatcherRow
    {
        bool included = true;
        LabelMatcher matcher;
    };
    QList<MatcherRow> matcherRows() const;
    void addMatcherRow(const MatcherRow &row);
    void setMatcherIncluded(int row, bool included);

    void setDuration(Duration duration);
    void setUntil(qint64 ms);
    void setComment(const QString &comment);

    qint64 endsAtMs() const;
    // Empty when the silence can be created; otherwise what to fix, as shown in the dialog.
    QString validationError() const;
    // The silence as entered: a new id, starting now, created by the user of the session.
    Silence silence() const;

    static QString currentUserName();

public Q_SLOTS:
    void accept() override;

private:
    void revalidate();
    QList<LabelMatcher> includedMatchers() const;

    std::unique_ptr<Ui::SilenceDialog> m_ui;
    const Clock *m_clock;
    QTimer *m_timer;
};

} // namespace vigil
