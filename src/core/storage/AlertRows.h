#pragma once

#include "alerts/AlertTypes.h"

#include <QString>

class QSqlQuery;

// Column lists, bindings and row readers of the alert database tables; AlertDatabase owns the
// statements, this keeps the field-by-field mapping in one place.
namespace vigil::rows {

QString insertEventSql();
QString selectEventsSql(); // without WHERE
void bindEvent(QSqlQuery &query, const AlertEvent &event);
AlertEvent eventFromRow(const QSqlQuery &query);

QString insertAlertSql();
QString selectAlertsSql();
void bindAlert(QSqlQuery &query, const Alert &alert);
Alert alertFromRow(const QSqlQuery &query);

QString insertSilenceSql();
QString selectSilencesSql(); // without WHERE
void bindSilence(QSqlQuery &query, const Silence &silence);
Silence silenceFromRow(const QSqlQuery &query);

} // namespace vigil::rows
