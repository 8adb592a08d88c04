// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentSamples.h"

namespace madoguchi::documents {

namespace {

/// A fixed 21×21 pattern with the three finder squares, standing in for a real QR matrix.
QList<QList<bool>> samplePattern()
{
    constexpr int kSize = 21;
    QList<QList<bool>> modules(kSize, QList<bool>(kSize, false));
    auto finder = [&](int top, int left) {
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 7; ++c)
                modules[top + r][left + c] =
                    r == 0 || r == 6 || c == 0 || c == 6 || (r >= 2 && r <= 4 && c >= 2 && c <= 4);
    };
    finder(0, 0);
    finder(0, kSize - 7);
    finder(kSize - 7, 0);
    for (int r = 8; r < kSize; ++r)
        for (int c = 8; c < kSize; ++c)
            modules[r][c] = ((r * 7 + c * 3) % 5) < 2;
    return modules;
}

bool isMedical(const QString& kind)
{
    return kind.startsWith(QStringLiteral("medical_"));
}

} // namespace

SamplePerson sampleYamada()
{
    return {QStringLiteral("山田 太郎"),
            QStringLiteral("ヤマダ タロウ"),
            QStringLiteral("1980-04-15"),
            QStringLiteral("窓口市中央一丁目2番3号 グランドメゾン窓口中央4階401号室"),
            QStringLiteral("1234567890"),
            QStringLiteral("123456789018")};
}

SamplePerson sampleYoshino()
{
    return {QStringLiteral("𠮷野 花子"),  QStringLiteral("ヨシノ ハナコ"),
            QStringLiteral("2012-11-03"), QStringLiteral("窓口市南町五丁目6番7号"),
            QStringLiteral("2345678901"), QStringLiteral("987654321093")};
}

DocumentData sampleDocument(const QString& kind, const SamplePerson& person)
{
    DocumentData data;
    data.kind = kind;
    QHash<QString, QString>& f = data.fields;
    const bool medical = isMedical(kind);
    f.insert(QStringLiteral("recipient_number"),
             medical ? person.recipientNumber.right(7) : person.recipientNumber);
    f.insert(QStringLiteral("name"), person.name);
    f.insert(QStringLiteral("name_kana"), person.nameKana);
    f.insert(QStringLiteral("birth_date"), person.birthDate);
    f.insert(QStringLiteral("sex"), QStringLiteral("男"));
    f.insert(QStringLiteral("address"), person.address);
    f.insert(QStringLiteral("issue_date"), QStringLiteral("2025-07-25"));
    f.insert(QStringLiteral("decision_date"), QStringLiteral("2025-07-22"));
    f.insert(QStringLiteral("application_date"), QStringLiteral("2025-06-30"));
    f.insert(QStringLiteral("valid_from"), QStringLiteral("2025-08-01"));
    f.insert(QStringLiteral("valid_to"), QStringLiteral("2026-07-31"));
    f.insert(QStringLiteral("cap_monthly"),
             medical ? QStringLiteral("5000") : QStringLiteral("9300"));
    f.insert(QStringLiteral("income_class"),
             medical ? QStringLiteral("低所得2") : QStringLiteral("一般1"));
    f.insert(QStringLiteral("municipality"), QStringLiteral("窓口市"));
    f.insert(QStringLiteral("mayor"), QStringLiteral("窓口市長　窓口 一郎"));
    f.insert(QStringLiteral("office"), QStringLiteral("窓口市 福祉部 障害福祉課"));
    f.insert(QStringLiteral("issue_number"), QStringLiteral("2025-000123"));
    f.insert(QStringLiteral("disability_type"), QStringLiteral("身体・精神"));
    f.insert(QStringLiteral("support_category"), QStringLiteral("区分3"));
    f.insert(QStringLiteral("category_valid_from"), QStringLiteral("2025-04-01"));
    f.insert(QStringLiteral("category_valid_to"), QStringLiteral("2028-03-31"));
    f.insert(QStringLiteral("cap_management"), QStringLiteral("該当"));
    f.insert(QStringLiteral("cap_manager"),
             QStringLiteral("社会福祉法人 まどぐち会 生活介護センターひかり"));
    f.insert(QStringLiteral("meal_addition"), QStringLiteral("対象"));
    f.insert(QStringLiteral("benefit"), QStringLiteral("障害福祉サービス（生活介護）"));
    f.insert(QStringLiteral("consultant"), QStringLiteral("窓口相談支援センター"));
    f.insert(QStringLiteral("monitoring"), QStringLiteral("3か月ごと（1月・4月・7月・10月）"));
    f.insert(QStringLiteral("public_payer_number"),
             kind == u"medical_psychiatric_certificate"      ? QStringLiteral("21131015")
             : kind == u"medical_rehabilitation_certificate" ? QStringLiteral("15131014")
                                                             : QStringLiteral("16131013"));
    f.insert(QStringLiteral("severe_continuing"), QStringLiteral("該当"));
    f.insert(QStringLiteral("diagnosis"), QStringLiteral("統合失調症"));
    f.insert(QStringLiteral("hospital"), QStringLiteral("窓口市立病院（窓口市中央二丁目1番1号）"));
    f.insert(QStringLiteral("pharmacy"), QStringLiteral("まどぐち薬局 中央店"));
    f.insert(QStringLiteral("insurer"), QStringLiteral("窓口市国民健康保険（保険者番号 138123）"));
    f.insert(QStringLiteral("guardian_name"), QStringLiteral("𠮷野 一郎"));
    f.insert(QStringLiteral("device"), QStringLiteral("車椅子（普通型）"));
    f.insert(QStringLiteral("device_amount"), QStringLiteral("100000"));
    f.insert(QStringLiteral("copay"), QStringLiteral("9300"));
    f.insert(QStringLiteral("payment"), QStringLiteral("90700"));
    f.insert(QStringLiteral("provider"), QStringLiteral("株式会社 まどぐち福祉機器"));
    f.insert(QStringLiteral("voucher_number"), QStringLiteral("H2025-0042"));
    f.insert(QStringLiteral("reason"),
             QStringLiteral("申請に係る障害福祉サービスの利用について、障害者総合支援法第22条に"
                            "基づく勘案事項を考慮した結果、支給の必要性が認められないため。"));
    f.insert(QStringLiteral("apply_by"), QStringLiteral("2026-06-30"));
    f.insert(QStringLiteral("month"), QStringLiteral("令和7年8月分"));

    data.tables.insert(
        QStringLiteral("services"),
        {{{QStringLiteral("service"), QStringLiteral("生活介護")},
          {QStringLiteral("amount"), QStringLiteral("当該月の日数から8日を控除した日数")},
          {QStringLiteral("from"), QStringLiteral("2025-08-01")},
          {QStringLiteral("to"), QStringLiteral("2026-07-31")}},
         {{QStringLiteral("service"), QStringLiteral("短期入所")},
          {QStringLiteral("amount"), QStringLiteral("7日/月")},
          {QStringLiteral("from"), QStringLiteral("2025-08-01")},
          {QStringLiteral("to"), QStringLiteral("2026-07-31")}}});
    if (kind == u"community_support_certificate") {
        data.tables.insert(QStringLiteral("services"),
                           {{{QStringLiteral("service"), QStringLiteral("地域移行支援")},
                             {QStringLiteral("from"), QStringLiteral("2025-08-01")},
                             {QStringLiteral("to"), QStringLiteral("2026-01-31")}},
                            {{QStringLiteral("service"), QStringLiteral("地域定着支援")},
                             {QStringLiteral("from"), QStringLiteral("2025-08-01")},
                             {QStringLiteral("to"), QStringLiteral("2026-07-31")}}});
    }
    data.tables.insert(QStringLiteral("months"),
                       {{{QStringLiteral("provider"), QStringLiteral("生活介護センターひかり")},
                         {QStringLiteral("total"), QStringLiteral("185400")},
                         {QStringLiteral("copay"), QStringLiteral("9300")},
                         {QStringLiteral("cumulative"), QStringLiteral("9300")},
                         {QStringLiteral("confirmed"), QStringLiteral("2025-09-05")}},
                        {{QStringLiteral("provider"), QStringLiteral("短期入所ほしぞら")},
                         {QStringLiteral("total"), QStringLiteral("62000")},
                         {QStringLiteral("copay"), QStringLiteral("0")},
                         {QStringLiteral("cumulative"), QStringLiteral("9300")},
                         {QStringLiteral("confirmed"), QStringLiteral("2025-09-06")}}});
    data.qrModules = samplePattern();
    return data;
}

} // namespace madoguchi::documents
