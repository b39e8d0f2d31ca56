package org.innomatch.matching.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.events.projects.ProjectUpserted;

/**
 * A deterministic synthetic population for the benchmark: profiles and published projects in English,
 * German, Polish and Chinese (by country), offers and needs of 3-6 sentences (typically 400-900 characters)
 * built from per-sector topics, so that needs of one participant meet offers of others as in real data.
 */
public final class BenchmarkData {

    /** Per sector: topics as {en, de, pl, zh}. */
    private static final String[][][] TOPICS = {
        { // HEALTH
            {"wearable cardiac monitoring devices", "tragbare Herzüberwachungsgeräte", "urządzenia do monitorowania pracy serca", "可穿戴心脏监测设备"},
            {"clinical validation of medical devices", "klinische Validierung von Medizinprodukten", "walidacja kliniczna wyrobów medycznych", "医疗器械临床验证"},
            {"medical imaging and MRI analysis", "medizinische Bildgebung und MRT-Analyse", "obrazowanie medyczne i analiza MRI", "医学影像和核磁共振分析"},
            {"drug discovery and preclinical testing", "Wirkstoffforschung und präklinische Tests", "odkrywanie leków i badania przedkliniczne", "药物发现和临床前测试"},
            {"telemedicine platforms for chronic patients", "Telemedizin-Plattformen für chronisch Kranke", "platformy telemedyczne dla pacjentów przewlekle chorych", "面向慢性病患者的远程医疗平台"}},
        { // AI
            {"computer vision for quality inspection", "Computer Vision für die Qualitätsprüfung", "widzenie komputerowe do kontroli jakości", "用于质量检测的计算机视觉"},
            {"machine learning models for predictive maintenance", "Modelle des maschinellen Lernens für vorausschauende Wartung", "modele uczenia maszynowego do konserwacji predykcyjnej", "用于预测性维护的机器学习模型"},
            {"natural language processing for multilingual documents", "Verarbeitung natürlicher Sprache für mehrsprachige Dokumente", "przetwarzanie języka naturalnego dla dokumentów wielojęzycznych", "多语言文档的自然语言处理"},
            {"annotated training data sets", "annotierte Trainingsdatensätze", "opisane zbiory danych treningowych", "标注训练数据集"},
            {"edge AI chips and embedded inference", "Edge-KI-Chips und eingebettete Inferenz", "układy edge AI i wbudowane wnioskowanie", "边缘人工智能芯片和嵌入式推理"}},
        { // MANUFACTURING
            {"industrial robotics and automation", "Industrierobotik und Automatisierung", "robotyka przemysłowa i automatyzacja", "工业机器人和自动化"},
            {"additive manufacturing of metal parts", "additive Fertigung von Metallteilen", "wytwarzanie przyrostowe części metalowych", "金属零件增材制造"},
            {"digital twins of production lines", "digitale Zwillinge von Produktionslinien", "cyfrowe bliźniaki linii produkcyjnych", "生产线数字孪生"},
            {"precision machine tools", "Präzisionswerkzeugmaschinen", "precyzyjne obrabiarki", "精密机床"},
            {"factory pilot sites for smart manufacturing", "Pilotfabriken für intelligente Fertigung", "zakłady pilotażowe inteligentnej produkcji", "智能制造试点工厂"}},
        { // FINTECH
            {"fraud detection for cross-border payments", "Betrugserkennung für grenzüberschreitende Zahlungen", "wykrywanie oszustw w płatnościach transgranicznych", "跨境支付欺诈检测"},
            {"credit risk scoring for small businesses", "Kreditrisikobewertung für kleine Unternehmen", "ocena ryzyka kredytowego małych firm", "小企业信用风险评分"},
            {"blockchain settlement infrastructure", "Blockchain-Abwicklungsinfrastruktur", "infrastruktura rozliczeń blockchain", "区块链结算基础设施"},
            {"regulatory compliance automation", "Automatisierung der regulatorischen Compliance", "automatyzacja zgodności regulacyjnej", "监管合规自动化"},
            {"mobile banking for rural customers", "mobiles Banking für ländliche Kunden", "bankowość mobilna dla klientów wiejskich", "面向农村客户的移动银行"}},
        { // ENERGY
            {"perovskite tandem solar cells", "Perowskit-Tandem-Solarzellen", "tandemowe ogniwa słoneczne perowskitowe", "钙钛矿叠层太阳能电池"},
            {"battery recycling and second-life storage", "Batterierecycling und Second-Life-Speicher", "recykling baterii i magazynowanie energii", "电池回收和梯次储能"},
            {"green hydrogen electrolysers", "Elektrolyseure für grünen Wasserstoff", "elektrolizery zielonego wodoru", "绿色氢电解槽"},
            {"smart grid management software", "Software für intelligentes Netzmanagement", "oprogramowanie do zarządzania inteligentną siecią", "智能电网管理软件"},
            {"offshore wind turbine maintenance", "Wartung von Offshore-Windturbinen", "konserwacja morskich turbin wiatrowych", "海上风力涡轮机维护"}},
        { // AGRIFOOD
            {"precision irrigation sensors", "Sensoren für Präzisionsbewässerung", "czujniki precyzyjnego nawadniania", "精准灌溉传感器"},
            {"plant-based protein processing", "Verarbeitung pflanzlicher Proteine", "przetwarzanie białka roślinnego", "植物蛋白加工"},
            {"crop disease detection with drones", "Erkennung von Pflanzenkrankheiten mit Drohnen", "wykrywanie chorób upraw za pomocą dronów", "无人机作物病害检测"},
            {"cold chain logistics for fresh food", "Kühlkettenlogistik für frische Lebensmittel", "logistyka łańcucha chłodniczego świeżej żywności", "生鲜食品冷链物流"},
            {"biological fertilizers", "biologische Düngemittel", "nawozy biologiczne", "生物肥料"}},
        { // MOBILITY
            {"autonomous driving perception software", "Wahrnehmungssoftware für autonomes Fahren", "oprogramowanie percepcji do jazdy autonomicznej", "自动驾驶感知软件"},
            {"electric bus fleets", "Elektrobusflotten", "floty autobusów elektrycznych", "电动公交车队"},
            {"charging infrastructure for electric vehicles", "Ladeinfrastruktur für Elektrofahrzeuge", "infrastruktura ładowania pojazdów elektrycznych", "电动汽车充电基础设施"},
            {"railway signalling systems", "Eisenbahnsignaltechnik", "systemy sterowania ruchem kolejowym", "铁路信号系统"},
            {"lightweight automotive components", "Leichtbaukomponenten für Fahrzeuge", "lekkie komponenty samochodowe", "轻量化汽车零部件"}},
        { // MATERIALS
            {"graphene coatings", "Graphenbeschichtungen", "powłoki grafenowe", "石墨烯涂层"},
            {"biodegradable polymers", "biologisch abbaubare Polymere", "polimery biodegradowalne", "可生物降解聚合物"},
            {"advanced ceramics for high temperatures", "Hochleistungskeramik für hohe Temperaturen", "zaawansowana ceramika do wysokich temperatur", "耐高温先进陶瓷"},
            {"rare earth magnet recycling", "Recycling von Seltenerdmagneten", "recykling magnesów ziem rzadkich", "稀土磁体回收"},
            {"carbon fibre composites", "Kohlefaserverbundwerkstoffe", "kompozyty z włókna węglowego", "碳纤维复合材料"}},
        { // ENVIRONMENT
            {"industrial wastewater treatment", "industrielle Abwasserbehandlung", "oczyszczanie ścieków przemysłowych", "工业废水处理"},
            {"air quality monitoring networks", "Netze zur Luftqualitätsüberwachung", "sieci monitorowania jakości powietrza", "空气质量监测网络"},
            {"carbon capture and storage", "CO2-Abscheidung und -Speicherung", "wychwytywanie i składowanie dwutlenku węgla", "碳捕集与封存"},
            {"plastic waste sorting", "Sortierung von Kunststoffabfällen", "sortowanie odpadów z tworzyw sztucznych", "塑料垃圾分拣"},
            {"soil remediation", "Bodensanierung", "rekultywacja gleby", "土壤修复"}},
        { // ICT
            {"private 5G networks for factories", "private 5G-Netze für Fabriken", "prywatne sieci 5G dla fabryk", "工厂5G专网"},
            {"cybersecurity for critical infrastructure", "Cybersicherheit für kritische Infrastruktur", "cyberbezpieczeństwo infrastruktury krytycznej", "关键基础设施网络安全"},
            {"cloud data platforms", "Cloud-Datenplattformen", "chmurowe platformy danych", "云数据平台"},
            {"quantum-safe encryption", "quantensichere Verschlüsselung", "szyfrowanie odporne na komputery kwantowe", "抗量子加密"},
            {"satellite internet terminals", "Satelliten-Internetterminals", "terminale internetu satelitarnego", "卫星互联网终端"}},
    };
    private static final String[] SECTORS = {"HEALTH", "AI", "MANUFACTURING", "FINTECH", "ENERGY", "AGRIFOOD", "MOBILITY",
            "MATERIALS", "ENVIRONMENT", "ICT"};
    private static final String[] HEALTH_REFINED = {"HEALTH", "HEALTH.MEDTECH", "HEALTH.PHARMA", "HEALTH.DIGITAL"};
    private static final String[] LANGUAGES = {"en", "de", "pl", "zh"};

    private static final String[][] OFFER_TEMPLATES = {
        {"We offer %s.", "Our team has long experience in %s and in %s.", "We have developed %s, validated in pilot projects with industrial partners.",
         "Our laboratory provides %s for partners from abroad.", "We can transfer know-how in %s through licensing or joint research."},
        {"Wir bieten %s.", "Unser Team hat langjährige Erfahrung in %s und in %s.", "Wir haben %s entwickelt und in Pilotprojekten mit Industriepartnern validiert.",
         "Unser Labor stellt %s für internationale Partner bereit.", "Wir übertragen Know-how in %s durch Lizenzen oder gemeinsame Forschung."},
        {"Oferujemy %s.", "Nasz zespół ma wieloletnie doświadczenie: %s oraz %s.", "Opracowaliśmy %s, zweryfikowane w projektach pilotażowych z partnerami przemysłowymi.",
         "Nasze laboratorium udostępnia %s partnerom zagranicznym.", "Możemy przekazać know-how (%s) poprzez licencje lub wspólne badania."},
        {"我们提供%s。", "我们的团队在%s和%s方面拥有多年经验。", "我们开发了%s，并与工业合作伙伴在试点项目中进行了验证。",
         "我们的实验室为国外合作伙伴提供%s。", "我们可以通过许可或联合研究转让%s方面的技术。"}};
    private static final String[][] NEED_TEMPLATES = {
        {"We are looking for partners in %s.", "We need access to %s and to %s to scale our technology.", "We seek investors and pilot customers interested in %s.",
         "We want to cooperate with research institutes on %s.", "Our goal is to find a partner for %s in Asia and Europe."},
        {"Wir suchen Partner für %s.", "Wir brauchen Zugang zu %s und zu %s, um unsere Technologie zu skalieren.", "Wir suchen Investoren und Pilotkunden für %s.",
         "Wir möchten mit Forschungsinstituten an %s arbeiten.", "Unser Ziel ist ein Partner für %s in Asien und Europa."},
        {"Szukamy partnerów w obszarze: %s.", "Potrzebujemy dostępu do: %s oraz %s, aby skalować naszą technologię.", "Szukamy inwestorów i klientów pilotażowych (%s).",
         "Chcemy współpracować z instytutami badawczymi w zakresie: %s.", "Naszym celem jest znalezienie partnera: %s, w Azji i Europie."},
        {"我们正在寻找%s领域的合作伙伴。", "我们需要%s和%s来扩大我们的技术规模。", "我们寻找对%s感兴趣的投资者和试点客户。",
         "我们希望与研究机构在%s方面开展合作。", "我们的目标是在亚洲和欧洲找到%s的合作伙伴。"}};
    private static final String[][] FILLERS = {
        {"The organisation was founded in %d and employs about %d people.", "Our customers include hospitals, utilities and manufacturers in %d countries."},
        {"Die Organisation wurde %d gegründet und beschäftigt etwa %d Mitarbeitende.", "Zu unseren Kunden zählen Kliniken, Versorger und Hersteller in %d Ländern."},
        {"Organizacja powstała w %d roku i zatrudnia około %d osób.", "Naszymi klientami są szpitale, przedsiębiorstwa energetyczne i producenci w %d krajach."},
        {"本机构成立于%d年，员工约%d人。", "我们的客户包括%d个国家的医院、公用事业公司和制造商。"}};
    private static final String[] KINDS = {"DIPLOMAT", "GOVERNMENT", "RESEARCH_INSTITUTE", "UNIVERSITY", "ENTERPRISE", "STARTUP",
            "INVESTOR", "INTERMEDIARY"};
    private static final String[] COOPERATION = {"JOINT_RESEARCH", "TECHNOLOGY_TRANSFER", "LICENSING", "INVESTMENT", "JOINT_VENTURE",
            "MARKET_ACCESS", "PILOT_CUSTOMER", "TALENT_EXCHANGE"};
    private static final String[] COUNTRIES = {"CN", "CN", "CN", "DE", "DE", "PL", "PL", "IL", "CA", "PK", "FR", "NL", "BE", "US", "GB", "IT"};

    public final List<ProfileUpserted> profiles;
    public final List<ProjectUpserted> projects;

    public BenchmarkData(int profileCount, int projectCount, long seed) {
        Random random = new Random(seed);
        Instant now = Instant.now();
        profiles = new ArrayList<>(profileCount);
        for (int i = 0; i < profileCount; i++) {
            profiles.add(profile(random, i, now));
        }
        projects = new ArrayList<>(projectCount);
        for (int i = 0; i < projectCount; i++) {
            projects.add(project(random, i, profiles.get(random.nextInt(profileCount)), now));
        }
    }

    private static ProfileUpserted profile(Random r, int n, Instant now) {
        UUID id = new UUID(0x0b0b_0000_0000_4000L, n);
        String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        int lang = languageOf(country, r);
        int sector = r.nextInt(SECTORS.length);
        int partnerSector = r.nextInt(4) == 0 ? r.nextInt(SECTORS.length) : sector;
        List<String> sectors = new ArrayList<>(List.of(code(sector, r)));
        if (partnerSector != sector) {
            sectors.add(code(partnerSector, r));
        }
        String offers = text(r, OFFER_TEMPLATES[lang], lang, sector, sector, 3 + r.nextInt(3));
        String needs = text(r, NEED_TEMPLATES[lang], lang, sector, partnerSector, 3 + r.nextInt(3));
        Set<String> keywords = new LinkedHashSet<>();
        for (int k = 0; k < 2 + r.nextInt(3); k++) {
            keywords.add(TOPICS[r.nextBoolean() ? sector : partnerSector][r.nextInt(5)][0]);
        }
        List<String> languages = lang == 0 ? List.of("en") : List.of(LANGUAGES[lang], "en");
        Instant created = now.minus(Duration.ofMinutes(r.nextInt(365 * 24 * 60)));
        Instant updated = created.plus(Duration.ofMinutes(r.nextInt((int) Duration.between(created, now).toMinutes() + 1)));
        return new ProfileUpserted(id, name(r, lang, n), KINDS[r.nextInt(KINDS.length)], "Organisation " + n, country, sectors,
                offers, needs, List.copyOf(keywords), cooperation(r), languages, null, "PUBLIC", null, 1, created, updated);
    }

    private static ProjectUpserted project(Random r, int n, ProfileUpserted owner, Instant now) {
        UUID id = new UUID(0x0c0c_0000_0000_4000L, n);
        int lang = owner.languages().size() > 1 ? indexOf(owner.languages().get(0)) : 0;
        int sector = sectorIndex(owner.sectors().get(0));
        String[] topic = TOPICS[sector][r.nextInt(5)];
        String title = lang == 3 ? topic[3] + "项目" : capitalise(topic[lang]) + " " + (n % 97);
        String summary = text(r, OFFER_TEMPLATES[lang], lang, sector, sector, 2) + " "
                + text(r, NEED_TEMPLATES[lang], lang, sector, r.nextInt(SECTORS.length), 2);
        Instant created = now.minus(Duration.ofMinutes(r.nextInt(180 * 24 * 60)));
        return new ProjectUpserted(id, title, summary, owner.id(), owner.country(), owner.sectors(), 1 + r.nextInt(9),
                cooperation(r), List.of(topic[0]), null, "PUBLISHED", null, null, 2, created, created);
    }

    private static String text(Random r, String[] templates, int lang, int sector, int otherSector, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            int topicSector = s % 2 == 0 ? sector : otherSector;
            String template = templates[r.nextInt(templates.length)];
            String a = TOPICS[topicSector][r.nextInt(5)][lang];
            String b = TOPICS[topicSector][r.nextInt(5)][lang];
            // Templates with one placeholder ignore the second argument.
            append(sb, String.format(Locale.ROOT, template, a, b), lang);
        }
        String[] fillers = FILLERS[lang];
        append(sb, String.format(Locale.ROOT, fillers[0], 1950 + r.nextInt(74), 5 + r.nextInt(5000)), lang);
        if (r.nextBoolean()) {
            append(sb, String.format(Locale.ROOT, fillers[1], 2 + r.nextInt(40)), lang);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String sentence, int lang) {
        if (sb.length() > 0 && lang != 3) {
            sb.append(' ');
        }
        sb.append(sentence);
    }

    private static int languageOf(String country, Random r) {
        return switch (country) {
            case "CN" -> r.nextInt(10) < 8 ? 3 : 0;
            case "DE" -> r.nextInt(10) < 7 ? 1 : 0;
            case "PL" -> r.nextInt(10) < 7 ? 2 : 0;
            default -> 0;
        };
    }

    private static String code(int sector, Random r) {
        return sector == 0 ? HEALTH_REFINED[r.nextInt(HEALTH_REFINED.length)] : SECTORS[sector];
    }

    private static int sectorIndex(String code) {
        String parent = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
        for (int i = 0; i < SECTORS.length; i++) {
            if (SECTORS[i].equals(parent)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private static int indexOf(String language) {
        for (int i = 0; i < LANGUAGES.length; i++) {
            if (LANGUAGES[i].equals(language)) {
                return i;
            }
        }
        return 0;
    }

    private static List<String> cooperation(Random r) {
        Set<String> types = new LinkedHashSet<>();
        for (int k = 0; k < 1 + r.nextInt(3); k++) {
            types.add(COOPERATION[r.nextInt(COOPERATION.length)]);
        }
        return List.copyOf(types);
    }

    private static String name(Random r, int lang, int n) {
        return switch (lang) {
            case 1 -> "Institut " + n;
            case 2 -> "Instytut " + n;
            case 3 -> "创新中心" + n;
            default -> (r.nextBoolean() ? "Innovation Lab " : "Technologies ") + n;
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
