#include "RuleEditorDialog.h"
#include "ui_RuleEditorDialog.h"

#include "RuleText.h"
#include "alerts/CompareOp.h"
#include "alerts/Selector.h"
#include "appearance/Appearance.h"
#include "config/Duration.h"
#include "series/SeriesRegistry.h"

#include <QCompleter>
#include <QPushButton>
#include <QSet>

#include <algorithm>

namespace vigil {

namespace {

QString coloured(const QColor &colour, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), html);
}

} // namespace

struct RuleEditorDialog::Parsed
{
    AlertRule rule;
    QList<QPair<QWidget *, QString>> errors; // input that does not parse, with the reason
};

RuleEditorDialog::RuleEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RuleEditorDialog>())
{
    m_ui->setupUi(this);
    const std::pair<CompareOp, QString> ops[] = {
        {CompareOp::Greater, tr("above")},
        {CompareOp::GreaterEqual, tr("at or above")},
        {CompareOp::Less, tr("below")},
        {CompareOp::LessEqual, tr("at or below")},
    };
    for (const auto &[op, words] : ops)
        m_ui->operatorComboBox->addItem(compareOpSymbol(op) + QStringLiteral("   ") + words,
                                        int(op));
    m_ui->labelsTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_ui->labelsTableWidget->setColumnWidth(0, 120);
    QCompleter *completer = m_ui->seriesComboBox->completer();
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    fillSeriesPicker();

    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->warningLineEdit, m_ui->criticalLineEdit,
                            m_ui->warningClearLineEdit, m_ui->criticalClearLineEdit,
                            m_ui->forLineEdit, m_ui->keepFiringForLineEdit, m_ui->repeatLineEdit,
                            m_ui->summaryLineEdit, m_ui->runbookLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &RuleEditorDialog::revalidate);
    connect(m_ui->seriesComboBox, &QComboBox::editTextChanged, this, [this] {
        if (!m_filling)
            revalidate();
    });
    connect(m_ui->operatorComboBox, &QComboBox::currentIndexChanged, this,
            &RuleEditorDialog::revalidate);
    connect(m_ui->enabledCheckBox, &QCheckBox::toggled, this, &RuleEditorDialog::revalidate);
    connect(m_ui->descriptionPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &RuleEditorDialog::revalidate);
    connect(m_ui->labelsTableWidget, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            revalidate();
    });
    connect(m_ui->addLabelPushButton, &QPushButton::clicked, this, [this] {
        addLabelRow(QString(), QString());
        const int row = m_ui->labelsTableWidget->rowCount() - 1;
        m_ui->labelsTableWidget->setCurrentCell(row, 0);
        m_ui->labelsTableWidget->editItem(m_ui->labelsTableWidget->item(row, 0));
        revalidate();
    });
    connect(m_ui->removeLabelPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->labelsTableWidget->currentRow();
        if (row >= 0)
            m_ui->labelsTableWidget->removeRow(row);
        revalidate();
    });
    connect(m_ui->labelsTableWidget, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_ui->removeLabelPushButton->setEnabled(row >= 0); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        revalidate();
        if (m_problems.isEmpty())
            accept();
    });
    setRule(AlertRule());
}

RuleEditorDialog::~RuleEditorDialog() = default;

void RuleEditorDialog::setKnownSeries(const QList<SeriesId> &series)
{
    m_knownSeries = series;
    fillSeriesPicker();
    revalidate();
}

void RuleEditorDialog::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
    revalidate();
}

void RuleEditorDialog::fillSeriesPicker()
{
    m_filling = true;
    QComboBox *combo = m_ui->seriesComboBox;
    const QString text = combo->currentText();
    combo->clear();
    const SeriesRegistry registry = SeriesRegistry::withSystemSeries();
    const QList<QString> builtIn = registry.names();
    QSet<QString> names(builtIn.cbegin(), builtIn.cend());
    QStringList ids;
    for (const SeriesId &id : std::as_const(m_knownSeries)) {
        names.insert(id.name());
        if (!id.labels().isEmpty())
            ids.append(id.toString());
    }
    QStringList sortedNames(names.cbegin(), names.cend());
    std::sort(sortedNames.begin(), sortedNames.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Bare names select every series of a metric; full ids select exactly one.
    for (const QString &name : std::as_const(sortedNames)) {
        combo->addItem(name);
        const QString help = registry.info(name).help;
        combo->setItemData(combo->count() - 1,
                           help.isEmpty() ? tr("Every series named %1").arg(name)
                                          : tr("%1 (every series of this name)").arg(help),
                           Qt::ToolTipRole);
    }
    if (!ids.isEmpty())
        combo->insertSeparator(combo->count());
    for (const QString &id : std::as_const(ids))
        combo->addItem(id);
    combo->setCurrentIndex(-1);
    combo->setEditText(text);
    m_filling = false;
}

void RuleEditorDialog::addLabelRow(const QString &name, const QString &value)
{
    QTableWidget *table = m_ui->labelsTableWidget;
    const bool filling = m_filling;
    m_filling = true;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(name));
    table->setItem(row, 1, new QTableWidgetItem(value));
    m_filling = filling;
}

void RuleEditorDialog::setRule(const AlertRule &rule)
{
    m_rule = rule;
    m_filling = true;
    setWindowTitle(rule.name.isEmpty() ? tr("New alert rule") : tr("Alert rule %1").arg(rule.name));
    m_ui->nameLineEdit->setText(rule.name);
    m_ui->enabledCheckBox->setChecked(rule.enabled);
    m_ui->seriesComboBox->setEditText(rule.series);
    m_ui->operatorComboBox->setCurrentIndex(m_ui->operatorComboBox->findData(int(rule.op)));
    auto number = [](const std::optional<double> &v) {
        return v ? ruletext::formatNumber(*v) : QString();
    };
    m_ui->warningLineEdit->setText(number(rule.warning));
    m_ui->criticalLineEdit->setText(number(rule.critical));
    m_ui->warningClearLineEdit->setText(number(rule.warningClear));
    m_ui->criticalClearLineEdit->setText(number(rule.criticalClear));
    m_ui->forLineEdit->setText(formatDuration(rule.forMs));
    m_ui->keepFiringForLineEdit->setText(formatDuration(rule.keepFiringForMs));
    m_ui->repeatLineEdit->setText(formatDuration(rule.repeatMs));
    m_ui->labelsTableWidget->setRowCount(0);
    for (const Label &label : rule.labels)
        addLabelRow(label.first, label.second);
    m_ui->removeLabelPushButton->setEnabled(false);
    m_ui->summaryLineEdit->setText(rule.summary);
    m_ui->descriptionPlainTextEdit->setPlainText(rule.description);
    m_ui->runbookLineEdit->setText(rule.runbook);
    m_filling = false;
    m_ui->nameLineEdit->setFocus();
    revalidate();
}

RuleEditorDialog::Parsed RuleEditorDialog::parse() const
{
    Parsed p;
    AlertRule &r = p.rule;
    r = m_rule;
    r.name = m_ui->nameLineEdit->text();
    r.enabled = m_ui->enabledCheckBox->isChecked();
    r.series = m_ui->seriesComboBox->currentText();
    r.op = CompareOp(m_ui->operatorComboBox->currentData().toInt());

    struct NumberField
    {
        QLineEdit *edit;
        std::optional<double> AlertRule::*member;
        QString title;
    };
    for (const NumberField &f :
         {NumberField{m_ui->warningLineEdit, &AlertRule::warning, tr("Warning")},
          NumberField{m_ui->criticalLineEdit, &AlertRule::critical, tr("Critical")},
          NumberField{m_ui->warningClearLineEdit, &AlertRule::warningClear, tr("Warning clear")},
          NumberField{m_ui->criticalClearLineEdit, &AlertRule::criticalClear,
                      tr("Critical clear")}}) {
        bool ok = false;
        const std::optional<double> value = ruletext::parseNumber(f.edit->text(), &ok);
        if (ok)
            r.*f.member = value;
        else
            p.errors.append({f.edit, tr("%1: “%2” is not a number").arg(f.title, f.edit->text())});
    }

    struct DurationField
    {
        QLineEdit *edit;
        qint64 AlertRule::*member;
        QString title;
    };
    for (const DurationField &f :
         {DurationField{m_ui->forLineEdit, &AlertRule::forMs, tr("For")},
          DurationField{m_ui->keepFiringForLineEdit, &AlertRule::keepFiringForMs,
                        tr("Keep firing for")},
          DurationField{m_ui->repeatLineEdit, &AlertRule::repeatMs, tr("Repeat")}}) {
        QString error;
        if (!parseDuration(f.edit->text().trimmed(), &(r.*f.member), &error))
            p.errors.append({f.edit, f.title + QStringLiteral(": ") + error});
    }

    Labels labels;
    const QTableWidget *table = m_ui->labelsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name =
            table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
        const QString value = table->item(row, 1) ? table->item(row, 1)->text() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue; // a row just added and not filled in yet
        if (name.isEmpty()) {
            p.errors.append({m_ui->labelsTableWidget,
                             tr("Labels: the label with value “%1” has no name").arg(value)});
            continue;
        }
        const bool duplicate = std::any_of(labels.cbegin(), labels.cend(),
                                           [&](const Label &l) { return l.first == name; });
        if (duplicate) {
            p.errors.append(
                {m_ui->labelsTableWidget, tr("Labels: “%1” is used more than once").arg(name)});
            continue;
        }
        labels.append({name, value});
    }
    std::sort(labels.begin(), labels.end());
    r.labels = labels;
    r.summary = m_ui->summaryLineEdit->text();
    r.description = m_ui->descriptionPlainTextEdit->toPlainText();
    r.runbook = m_ui->runbookLineEdit->text();
    return p;
}

AlertRule RuleEditorDialog::rule() const
{
    return parse().rule;
}

QWidget *RuleEditorDialog::widgetForField(const QString &field) const
{
    if (field.startsWith(QLatin1String("labels")))
        return m_ui->labelsTableWidget;
    const QHash<QString, QWidget *> widgets = {
        {QStringLiteral("name"), m_ui->nameLineEdit},
        {QStringLiteral("series"), m_ui->seriesComboBox},
        {QStringLiteral("operator"), m_ui->operatorComboBox},
        {QStringLiteral("warning"), m_ui->warningLineEdit},
        {QStringLiteral("critical"), m_ui->criticalLineEdit},
        {QStringLiteral("warning_clear"), m_ui->warningClearLineEdit},
        {QStringLiteral("critical_clear"), m_ui->criticalClearLineEdit},
        {QStringLiteral("for"), m_ui->forLineEdit},
        {QStringLiteral("keep_firing_for"), m_ui->keepFiringForLineEdit},
        {QStringLiteral("repeat"), m_ui->repeatLineEdit},
        {QStringLiteral("summary"), m_ui->summaryLineEdit},
        {QStringLiteral("description"), m_ui->descriptionPlainTextEdit},
        {QStringLiteral("runbook"), m_ui->runbookLineEdit},
    };
    return widgets.value(field, nullptr);
}

QList<QWidget *> RuleEditorDialog::checkedWidgets() const
{
    return {m_ui->nameLineEdit,
            m_ui->seriesComboBox,
            m_ui->operatorComboBox,
            m_ui->warningLineEdit,
            m_ui->criticalLineEdit,
            m_ui->warningClearLineEdit,
            m_ui->criticalClearLineEdit,
            m_ui->forLineEdit,
            m_ui->keepFiringForLineEdit,
            m_ui->repeatLineEdit,
            m_ui->labelsTableWidget,
            m_ui->summaryLineEdit,
            m_ui->descriptionPlainTextEdit,
            m_ui->runbookLineEdit};
}

void RuleEditorDialog::revalidate()
{
    if (m_filling)
        return;
    const Parsed p = parse();
    QList<QPair<QWidget *, QString>> errors = p.errors;
    QString field;
    QString error;
    const bool valid = ruletext::checkRule(p.rule, &field, &error);
    if (!valid) {
        QWidget *target = widgetForField(field);
        // A field that does not parse already has its own message; the rule check saw the
        // old value there.
        const bool shadowed = std::any_of(errors.cbegin(), errors.cend(),
                                          [&](const auto &e) { return e.first == target; });
        if (!shadowed)
            errors.append({target, ruletext::describeError(field, error)});
    }
    if (m_takenNames.contains(p.rule.name))
        errors.append(
            {m_ui->nameLineEdit, tr("Name: another rule is already called “%1”").arg(p.rule.name)});

    for (QWidget *w : checkedWidgets())
        ruletext::markInvalid(w, QString());
    m_problems.clear();
    for (const auto &e : std::as_const(errors)) {
        if (e.first)
            ruletext::markInvalid(e.first, e.second);
        m_problems.append(e.second);
    }
    QString selectorError;
    const bool selectorValid = Selector::parse(p.rule.series, &selectorError).has_value();
    updateSeriesStatus(selectorValid);
    updateUnits();

    QStringList lines;
    for (const QString &problem : std::as_const(m_problems))
        lines.append(QStringLiteral("⚠ ") + problem.toHtmlEscaped());
    m_ui->problemsLabel->setText(coloured(errorTextColour(), lines.join(QStringLiteral("<br>"))));
    m_ui->problemsLabel->setVisible(!m_problems.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

void RuleEditorDialog::updateSeriesStatus(bool selectorValid)
{
    m_seriesWarning.clear();
    QLabel *status = m_ui->seriesStatusLabel;
    if (!selectorValid || m_knownSeries.isEmpty()) {
        status->clear();
        status->hide();
        return;
    }
    const auto selector = Selector::parse(m_ui->seriesComboBox->currentText());
    const auto matching = std::count_if(m_knownSeries.cbegin(), m_knownSeries.cend(),
                                        [&](const SeriesId &id) { return selector->matches(id); });
    if (matching == 0) {
        m_seriesWarning = tr("Matches no series yet: the rule applies once one appears.");
        status->setText(coloured(warningTextColour(), QStringLiteral("⚠ ") + m_seriesWarning));
    } else {
        status->setText(tr("Matches %n known series.", nullptr, int(matching)));
    }
    status->show();
}

void RuleEditorDialog::updateUnits()
{
    const QString unit =
        ruletext::unitSuffix(ruletext::unitOfSelector(m_ui->seriesComboBox->currentText()))
            .trimmed();
    for (QLabel *label : {m_ui->warningUnitLabel, m_ui->criticalUnitLabel,
                          m_ui->warningClearUnitLabel, m_ui->criticalClearUnitLabel})
        label->setText(unit);
    const bool upward = isUpward(CompareOp(m_ui->operatorComboBox->currentData().toInt()));
    m_ui->warningClearLabel->setText(upward ? tr("c&lears below") : tr("c&lears above"));
    m_ui->criticalClearLabel->setText(upward ? tr("cle&ars below") : tr("cle&ars above"));
}

} // namespace vigil
