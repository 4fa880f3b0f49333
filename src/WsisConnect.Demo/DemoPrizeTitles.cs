namespace WsisConnect.Demo;

/// <summary>
/// The prize categories' titles in the six UN languages: an action line's official title from the
/// Geneva Plan of Action as the UN publishes it in each language, and a C7 area as the Plan names it there.
/// </summary>
internal static class DemoPrizeTitles
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ActionLines = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["fr"] = new Dictionary<string, string>
        {
            ["C1"] = "Rôle des autorités publiques et de toutes les parties prenantes dans la promotion des TIC pour le développement",
            ["C2"] = "Infrastructure de l’information et de la communication",
            ["C3"] = "Accès à l’information et au savoir",
            ["C4"] = "Renforcement des capacités",
            ["C5"] = "Établir la confiance et la sécurité dans l’utilisation des TIC",
            ["C6"] = "Créer un environnement propice",
            ["C8"] = "Diversité et identité culturelles, diversité linguistique et contenus locaux",
            ["C9"] = "Médias",
            ["C10"] = "Dimensions éthiques de la société de l’information",
            ["C11"] = "Coopération internationale et régionale",
            ["e-government"] = "cybergouvernement", ["e-business"] = "commerce électronique", ["e-learning"] = "téléenseignement",
            ["e-health"] = "cybersanté", ["e-employment"] = "cyberemploi", ["e-environment"] = "cyberécologie",
            ["e-agriculture"] = "cyberagriculture", ["e-science"] = "cyberscience",
        },
        ["es"] = new Dictionary<string, string>
        {
            ["C1"] = "Papel de las autoridades públicas y de todas las partes interesadas en la promoción de las TIC para el desarrollo",
            ["C2"] = "Infraestructura de la información y la comunicación",
            ["C3"] = "Acceso a la información y al conocimiento",
            ["C4"] = "Creación de capacidad",
            ["C5"] = "Creación de confianza y seguridad en la utilización de las TIC",
            ["C6"] = "Entorno habilitador",
            ["C8"] = "Diversidad e identidad culturales, diversidad lingüística y contenido local",
            ["C9"] = "Medios de comunicación",
            ["C10"] = "Dimensiones éticas de la sociedad de la información",
            ["C11"] = "Cooperación internacional y regional",
            ["e-government"] = "gobierno electrónico", ["e-business"] = "negocios electrónicos", ["e-learning"] = "aprendizaje electrónico",
            ["e-health"] = "cibersalud", ["e-employment"] = "ciberempleo", ["e-environment"] = "ciberecología",
            ["e-agriculture"] = "ciberagricultura", ["e-science"] = "ciberciencia",
        },
        ["ru"] = new Dictionary<string, string>
        {
            ["C1"] = "Роль органов государственного управления и всех заинтересованных сторон в содействии использованию ИКТ в целях развития",
            ["C2"] = "Информационная и коммуникационная инфраструктура",
            ["C3"] = "Доступ к информации и знаниям",
            ["C4"] = "Создание потенциала",
            ["C5"] = "Укрепление доверия и безопасности при использовании ИКТ",
            ["C6"] = "Благоприятная среда",
            ["C8"] = "Культурное разнообразие и самобытность, языковое разнообразие и местный контент",
            ["C9"] = "Средства массовой информации",
            ["C10"] = "Этические аспекты информационного общества",
            ["C11"] = "Международное и региональное сотрудничество",
            ["e-government"] = "электронное правительство", ["e-business"] = "электронная коммерция", ["e-learning"] = "электронное обучение",
            ["e-health"] = "электронное здравоохранение", ["e-employment"] = "электронная занятость", ["e-environment"] = "электронная экология",
            ["e-agriculture"] = "электронное сельское хозяйство", ["e-science"] = "электронная наука",
        },
        ["zh"] = new Dictionary<string, string>
        {
            ["C1"] = "政府主管部门和所有利益相关方在推广用于发展的信息通信技术方面的作用",
            ["C2"] = "信息和通信基础设施",
            ["C3"] = "获取信息和知识",
            ["C4"] = "能力建设",
            ["C5"] = "树立使用信息通信技术的信心，加强安全性",
            ["C6"] = "创造有利的环境",
            ["C8"] = "文化多样性和特性、语言多样性和本地内容",
            ["C9"] = "媒体",
            ["C10"] = "信息社会的伦理层面",
            ["C11"] = "国际和区域合作",
            ["e-government"] = "电子政务", ["e-business"] = "电子商务", ["e-learning"] = "电子学习",
            ["e-health"] = "电子卫生", ["e-employment"] = "电子就业", ["e-environment"] = "电子环境",
            ["e-agriculture"] = "电子农业", ["e-science"] = "电子科学",
        },
        ["ar"] = new Dictionary<string, string>
        {
            ["C1"] = "دور السلطات العامة وجميع أصحاب المصلحة في النهوض بتكنولوجيا المعلومات والاتصالات لأغراض التنمية",
            ["C2"] = "البنية التحتية للمعلومات والاتصالات",
            ["C3"] = "النفاذ إلى المعلومات والمعارف",
            ["C4"] = "بناء القدرات",
            ["C5"] = "بناء الثقة والأمن في استعمال تكنولوجيا المعلومات والاتصالات",
            ["C6"] = "البيئة التمكينية",
            ["C8"] = "التنوع الثقافي والهوية الثقافية والتنوع اللغوي والمحتوى المحلي",
            ["C9"] = "وسائط الإعلام",
            ["C10"] = "الأبعاد الأخلاقية لمجتمع المعلومات",
            ["C11"] = "التعاون الدولي والإقليمي",
            ["e-government"] = "الحكومة الإلكترونية", ["e-business"] = "الأعمال الإلكترونية", ["e-learning"] = "التعلّم الإلكتروني",
            ["e-health"] = "الصحة الإلكترونية", ["e-employment"] = "التوظيف الإلكتروني", ["e-environment"] = "البيئة الإلكترونية",
            ["e-agriculture"] = "الزراعة الإلكترونية", ["e-science"] = "العلوم الإلكترونية",
        },
    };

    /// <summary>The category's title in all six languages, each in the form of the English one ("C7 e-health").</summary>
    public static IReadOnlyDictionary<string, string> For(DemoActionLine line, string english) =>
        new Dictionary<string, string>(ActionLines.Select(language =>
            KeyValuePair.Create(language.Key, $"{line.Code} {language.Value[line.Area ?? line.Code]}"))) { ["en"] = english };
}
