// SPDX-License-Identifier: EUPL-1.2
#include "demo/demoenrolmenttexts.h"

namespace samsyn {

const QString &DemoEnrolmentTexts::pick(const QStringList &list, QRandomGenerator &random)
{
    return list.at(random.bounded(int(list.size())));
}

const QStringList &DemoEnrolmentTexts::ownDescriptions()
{
    static const QStringList texts{
        QStringLiteral("Jag vill få ordning på dagarna och känna att jag orkar. Att ha en plats att gå till betyder mycket för mig."),
        QStringLiteral("Det viktigaste för mig är att komma ut i arbete igen, men i min egen takt och utan att bli sjuk på nytt."),
        QStringLiteral("Jag vill att alla myndigheter pratar med varandra så att jag slipper berätta samma sak många gånger."),
        QStringLiteral("Jag vill börja plugga och få ett yrke. Jag behöver stöd med planeringen och med ekonomin under tiden."),
        QStringLiteral("För mig är det viktigt att må bättre psykiskt och att hitta något jag tycker är meningsfullt att göra."),
        QStringLiteral("Jag vill kunna försörja mig själv och inte vara beroende av försörjningsstöd. Familjen är viktigast för mig."),
    };
    return texts;
}

const QStringList &DemoEnrolmentTexts::goals()
{
    static const QStringList texts{
        QStringLiteral("Ha en fast rutin med aktivitet tre förmiddagar i veckan"),
        QStringLiteral("Arbetsträna 25 % med stöd och öka i min takt"),
        QStringLiteral("Klara en praktik på en arbetsplats jag själv har valt"),
        QStringLiteral("Söka och påbörja en utbildning till hösten"),
        QStringLiteral("Få en fungerande kontakt med vården och rätt behandling"),
        QStringLiteral("Få ordning på min ekonomi och mina skulder"),
        QStringLiteral("Sova bättre och orka mer under dagarna"),
        QStringLiteral("Skriva ett CV och söka arbeten varje vecka"),
    };
    return texts;
}

const QStringList &DemoEnrolmentTexts::needs()
{
    static const QStringList texts{
        QStringLiteral("Stöd att komma igång efter lång tid hemma. Samordning mellan vård, socialtjänst och Försäkringskassan."),
        QStringLiteral("Utredning av arbetsförmåga och stöd att hitta en arbetsträningsplats med förstående handledare."),
        QStringLiteral("Hjälp med kontakter med myndigheter, och någon att prata med när det känns tungt."),
        QStringLiteral("Studie- och yrkesvägledning, och en plan för försörjningen under studietiden."),
    };
    return texts;
}

const QList<DemoEnrolmentTexts::ActionText> &DemoEnrolmentTexts::actions()
{
    static const QList<ActionText> texts{
        {PartyKind::Af, QStringLiteral("Kartläggning och arbetsträning med handledare")},
        {PartyKind::Af, QStringLiteral("Studie- och yrkesvägledning")},
        {PartyKind::Af, QStringLiteral("Praktik på vald arbetsplats")},
        {PartyKind::Fk, QStringLiteral("Avstämningsmöte om sjukpenning och rehabilitering")},
        {PartyKind::Fk, QStringLiteral("Utreda rätt till aktivitetsersättning under arbetsträningen")},
        {PartyKind::Region, QStringLiteral("Samtalsbehandling hos kurator, varannan vecka")},
        {PartyKind::Region, QStringLiteral("Läkarbesök för uppföljning av medicinering")},
        {PartyKind::Region, QStringLiteral("Arbetsterapeutisk bedömning av vardagsaktiviteter")},
        {PartyKind::Municipality, QStringLiteral("Budget- och skuldrådgivning")},
        {PartyKind::Municipality, QStringLiteral("Stöd i boendet två gånger i veckan")},
        {PartyKind::Municipality, QStringLiteral("Försörjningsstöd under planeringstiden")},
    };
    return texts;
}

const QStringList &DemoEnrolmentTexts::ownActions()
{
    static const QStringList texts{
        QStringLiteral("Jag går upp i tid, kommer till gruppen och hör av mig om jag inte kan komma."),
        QStringLiteral("Jag för en dagbok över sömn och ork, och tar med den till uppföljningen."),
        QStringLiteral("Jag söker minst två arbeten i veckan och berättar för min koordinator hur det går."),
        QStringLiteral("Jag tar kontakt med skolans studievägledare före nästa uppföljning."),
    };
    return texts;
}

const QStringList &DemoEnrolmentTexts::othersActions()
{
    static const QStringList texts{
        QStringLiteral("Försäkringskassan stämmer av sjukpenningen vid varje uppföljning. Arbetsförmedlingen ordnar arbetsträningsplats."),
        QStringLiteral("Arbetsförmedlingen står för vägledning och praktik; Försäkringskassan deltar vid avstämningsmöten."),
        QStringLiteral("Arbetsförmedlingen anvisar till förberedande insats. Försäkringskassan bedömer rätten till ersättning."),
    };
    return texts;
}

const QStringList &DemoEnrolmentTexts::followupLog()
{
    static const QStringList texts{
        QStringLiteral("Det går framåt. Arbetsträningen har kommit igång och ökar till 50 % efter nästa månad."),
        QStringLiteral("Tyngre period med mycket frånvaro. Vi behåller planen men tar det lugnare fram till nästa uppföljning."),
        QStringLiteral("Praktiken fungerar bra och arbetsgivaren är positiv. Vi börjar prata om anställning med stöd."),
        QStringLiteral("Kontakten med vården fungerar nu. Nytt mål om studier lagt till."),
    };
    return texts;
}

const QStringList &DemoEnrolmentTexts::notes()
{
    static const QStringList texts{
        QStringLiteral("Enskilt samtal om veckan som gått och om planen framåt. Bestämde att ses igen om två veckor."),
        QStringLiteral("Telefonsamtal: påminde om mötet på torsdag. Mår bättre än förra veckan."),
        QStringLiteral("Besök på arbetsträningsplatsen tillsammans med handledaren. Arbetsuppgifterna fungerar bra."),
        QStringLiteral("Deltog i gruppen och ledde en del av övningen. Bra energi i gruppen i dag."),
        QStringLiteral("Kontakt med handläggare på Försäkringskassan inför avstämningsmötet."),
    };
    return texts;
}

const QStringList &DemoEnrolmentTexts::onwardPlans()
{
    static const QStringList texts{
        QStringLiteral("Fortsätter arbeta med samma arbetsgivare. Kontakt med Arbetsförmedlingen om lönebidrag vid behov."),
        QStringLiteral("Börjar på Komvux i januari. Har kontakt med studievägledare och CSN-ansökan är inskickad."),
        QStringLiteral("Fortsatt arbetslivsinriktad rehabilitering via Arbetsförmedlingen med överlämning på gemensamt möte."),
        QStringLiteral("Åter till remitterande handläggare med en sammanfattning av vad som prövats och vad som fungerat."),
        QStringLiteral("Fortsatt kontakt med vården. Kan aktualiseras på nytt när hälsan tillåter."),
    };
    return texts;
}

const QStringList &DemoEnrolmentTexts::ownViews()
{
    static const QStringList texts{
        QStringLiteral("Jag har fått tillbaka tron på mig själv. Det bästa var att någon hjälpte mig hålla ihop allt."),
        QStringLiteral("Det tog tid att komma igång, men gruppen gav mig rutiner och nya vänner."),
        QStringLiteral("Jag är nöjd med att jag vågade börja plugga. Jag hade inte klarat det utan stödet."),
        QStringLiteral("Det blev inte som jag tänkt, men jag vet mer om vad jag klarar nu."),
    };
    return texts;
}

const QStringList &DemoEnrolmentTexts::followupResults()
{
    static const QStringList texts{
        QStringLiteral("Arbetar fortfarande, trivs och har fått utökad tid."),
        QStringLiteral("Studerar vidare enligt plan."),
        QStringLiteral("Har fortsatt kontakt med Arbetsförmedlingen, inget nytt stöd behövs från teamet."),
        QStringLiteral("Nåddes inte trots två försök; brev skickat."),
    };
    return texts;
}

} // namespace samsyn
