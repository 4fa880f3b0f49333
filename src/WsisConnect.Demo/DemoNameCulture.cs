namespace WsisConnect.Demo;

/// <summary>The naming traditions the demo draws given and family names from.</summary>
internal enum DemoNameCulture
{
    Anglo,
    French,
    Hispanic,
    Lusophone,
    Germanic,
    SouthernEuropean,
    Slavic,
    CentralEuropean,
    Arabic,
    Persian,
    Turkic,
    SouthAsian,
    Chinese,
    Japanese,
    Korean,
    SoutheastAsian,
    WestAfrican,
    EastSouthernAfrican,
    Pacific,
}
