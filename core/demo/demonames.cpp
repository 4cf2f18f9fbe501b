// SPDX-License-Identifier: EUPL-1.2
#include "demo/demonames.h"

namespace samsyn {

namespace {

QStringList fromUtf16(std::initializer_list<const char16_t *> names)
{
    QStringList result;
    for (const char16_t *name : names)
        result << QString::fromUtf16(name);
    return result;
}

const QString &pick(const QStringList &list, QRandomGenerator &random)
{
    return list.at(qsizetype(random.bounded(quint32(list.size()))));
}

} // namespace

const QStringList &DemoNames::givenNames(Gender gender)
{
    static const QStringList female = fromUtf16({
        u"Emma", u"Maja", u"Elin", u"Sara", u"Hanna", u"Ida", u"Julia", u"Linnea", u"Frida", u"Amanda",
        u"Moa", u"Klara", u"Ebba", u"Wilma", u"Alva", u"Tove", u"Matilda", u"Josefin", u"Malin", u"Sofia",
        u"Jenny", u"Karin", u"Anna", u"Maria", u"Lena", u"Åsa", u"Annika", u"Camilla", u"Therese", u"Amira",
        u"Fatima", u"Leyla", u"Nour", u"Hodan", u"Yasmin", u"Aisha", u"Selma", u"Mira", u"Agnes", u"Elsa",
        u"Stina", u"Ronja", u"Tilda", u"Nellie", u"Felicia", u"Lovisa", u"Hedda", u"Saga", u"Vera", u"Iris",
        u"Nora", u"Majken", u"Emelie", u"Sanna", u"Petra", u"Jessica", u"Lina", u"Ylva", u"Mervi", u"Zeynep",
        u"Dalia", u"Hawa", u"Rukiya", u"Natasha", u"Milica",
    });
    static const QStringList male = fromUtf16({
        u"Erik", u"Lucas", u"Oscar", u"William", u"Hugo", u"Elias", u"Axel", u"Viktor", u"Anton", u"Filip",
        u"Emil", u"Oliver", u"Simon", u"Jonas", u"Johan", u"Anders", u"Per", u"Mikael", u"Fredrik", u"Daniel",
        u"Andreas", u"Martin", u"Tobias", u"Åke", u"Göran", u"Mohammed", u"Ali", u"Ahmed", u"Hassan", u"Omar",
        u"Yusuf", u"Abdi", u"Dawit", u"Milan", u"Dragan", u"Nikola", u"Aleksander", u"Kevin", u"Rasmus",
        u"Linus", u"Albin", u"Isak", u"Melvin", u"Theo", u"Sixten", u"Ludvig", u"Jesper", u"Marcus", u"Robin",
        u"Sebastian", u"Joakim", u"Kristoffer", u"Patrik", u"Stefan", u"Magnus", u"Mattias", u"Jimmy",
        u"Amir", u"Samir", u"Yonas", u"Hamid", u"Emir", u"Jovan", u"Tomasz", u"Mehmet",
    });
    return gender == Gender::Female ? female : male;
}

const QStringList &DemoNames::familyNames()
{
    static const QStringList names = fromUtf16({
        u"Karlsson", u"Nilsson", u"Eriksson", u"Larsson", u"Olsson", u"Persson", u"Svensson", u"Gustafsson",
        u"Pettersson", u"Jonsson", u"Jansson", u"Bengtsson", u"Jönsson", u"Lindberg", u"Jakobsson",
        u"Magnusson", u"Lindström", u"Olofsson", u"Lindqvist", u"Lindgren", u"Berg", u"Axelsson",
        u"Bergström", u"Lundberg", u"Lind", u"Lundgren", u"Lundqvist", u"Mattsson", u"Berglund",
        u"Fredriksson", u"Sandberg", u"Henriksson", u"Åberg", u"Ängström", u"Öberg", u"Åström", u"Öhman",
        u"Ek", u"Sjöberg", u"Holm", u"Forsberg", u"Nyström", u"Ali", u"Mohamed", u"Hassan", u"Ahmed",
        u"Yilmaz", u"Nguyen", u"Kovačević", u"Popović", u"Hodžić", u"Rahimi", u"Haddad", u"Kaya", u"Nowak",
        u"Virtanen", u"Korhonen", u"Sundberg", u"Wikström", u"Strand", u"Björk", u"Hedlund", u"Ekström",
        u"Dahl", u"Blom", u"Sundström", u"Håkansson", u"Söderberg", u"Ekholm", u"Lund", u"Nordin", u"Hedberg",
        u"Engström", u"Falk", u"Holmberg", u"Nyberg", u"Warsame", u"Abdullahi", u"Osman", u"Jusufović",
        u"Novak", u"Kowalski", u"Lehtonen", u"Demir", u"Petrović",
    });
    return names;
}

QString DemoNames::givenName(Gender gender, QRandomGenerator &random)
{
    return pick(givenNames(gender), random);
}

QString DemoNames::familyName(QRandomGenerator &random)
{
    return pick(familyNames(), random);
}

} // namespace samsyn
