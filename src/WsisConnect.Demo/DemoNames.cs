using static WsisConnect.Demo.DemoNameCulture;

namespace WsisConnect.Demo;

/// <summary>Names spanning every region the forum's participants come from.</summary>
internal static class DemoNames
{
    public static DemoNamePool For(DemoNameCulture culture) => Pools[culture];

    private static readonly Dictionary<DemoNameCulture, DemoNamePool> Pools = new()
    {
        [Anglo] = new(
            ["Emily", "Sarah", "Jessica", "Olivia", "Grace", "Hannah", "Rachel", "Laura", "Claire", "Megan", "Charlotte", "Natalie"],
            ["James", "Michael", "David", "Daniel", "Thomas", "Andrew", "Matthew", "Christopher", "Robert", "William", "Benjamin", "Samuel"],
            ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thompson", "Walker", "Robinson", "Campbell", "Murphy", "O'Brien", "Clarke", "Mitchell", "Bennett", "Hughes", "Foster"]),
        [French] = new(
            ["Camille", "Chloé", "Manon", "Léa", "Juliette", "Sophie", "Claire", "Élodie", "Mathilde", "Nathalie", "Isabelle", "Aurélie", "Céline"],
            ["Jean", "Pierre", "Nicolas", "Julien", "Antoine", "Mathieu", "Olivier", "Laurent", "François", "Guillaume", "Étienne", "Luc", "Marc"],
            ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Girard", "Rousseau", "Fontaine", "Chevalier", "Lambert", "Mercier", "Bonnet", "Fournier", "Favre", "Perrin", "Gilliéron"]),
        [Hispanic] = new(
            ["María", "Lucía", "Carmen", "Ana", "Sofía", "Valentina", "Isabel", "Gabriela", "Daniela", "Paula", "Fernanda", "Carolina", "Ximena", "Elena"],
            ["José", "Juan", "Carlos", "Luis", "Javier", "Diego", "Alejandro", "Miguel", "Andrés", "Santiago", "Mateo", "Fernando", "Ricardo", "Pablo"],
            ["García", "Rodríguez", "Martínez", "López", "González", "Hernández", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Castillo", "Vargas", "Rojas"]),
        [Lusophone] = new(
            ["Ana", "Beatriz", "Mariana", "Juliana", "Camila", "Fernanda", "Larissa", "Inês", "Joana", "Luana", "Patrícia", "Rita"],
            ["João", "Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Bruno", "Tiago", "Miguel", "Rodrigo", "Felipe", "Gustavo"],
            ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "Rodrigues", "Almeida", "Carvalho", "Gomes", "Ribeiro", "Martins", "Barbosa"]),
        [Germanic] = new(
            ["Anna", "Lena", "Katharina", "Julia", "Sophie", "Ingrid", "Astrid", "Sanne", "Eva", "Greta", "Johanna", "Maja", "Freya"],
            ["Lukas", "Jonas", "Felix", "Maximilian", "Tobias", "Stefan", "Lars", "Erik", "Jan", "Pieter", "Matthias", "Henrik", "Sebastian"],
            ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "de Vries", "van Dijk", "Jansen", "Andersson", "Johansson", "Nielsen", "Hansen", "Virtanen", "Keller", "Huber"]),
        [SouthernEuropean] = new(
            ["Giulia", "Francesca", "Chiara", "Sara", "Alessandra", "Elena", "Maria", "Eleni", "Katerina", "Sofia", "Martina", "Federica"],
            ["Marco", "Alessandro", "Luca", "Matteo", "Giorgio", "Andrea", "Nikos", "Giannis", "Dimitris", "Stefano", "Paolo", "Francesco"],
            ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Papadopoulos", "Georgiou", "Nikolaou", "Borg", "Camilleri", "Conti"]),
        [Slavic] = new(
            ["Anna", "Elena", "Olga", "Natalia", "Tatiana", "Irina", "Svetlana", "Ekaterina", "Maria", "Daria", "Anastasia", "Yulia", "Ksenia"],
            ["Alexander", "Dmitry", "Sergey", "Andrey", "Alexey", "Ivan", "Mikhail", "Nikolai", "Vladimir", "Pavel", "Igor", "Maxim", "Artem"],
            ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Petrov", "Sokolov", "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov", "Lebedev", "Semenov", "Pavlov", "Kozlov", "Orlov", "Belov"]),
        [CentralEuropean] = new(
            ["Agnieszka", "Katarzyna", "Magdalena", "Zuzana", "Petra", "Jana", "Ioana", "Andreea", "Ivana", "Marija", "Jelena", "Eszter", "Kristina", "Nino"],
            ["Piotr", "Tomasz", "Jakub", "Marek", "Tomáš", "Andrei", "Mihai", "Bogdan", "Luka", "Nikola", "Milan", "Zoltán", "Giorgi", "Martin"],
            ["Nowak", "Kowalczyk", "Novák", "Horváth", "Nagy", "Kovács", "Popescu", "Ionescu", "Jovanović", "Petrović", "Kovačević", "Horvat", "Babić", "Dimitrov", "Tamm", "Beridze", "Sargsyan", "Hakobyan"]),
        [Arabic] = new(
            ["Fatima", "Aisha", "Mariam", "Layla", "Nour", "Salma", "Huda", "Rania", "Yasmin", "Amal", "Dina", "Hala", "Noura", "Reem"],
            ["Mohammed", "Ahmed", "Omar", "Khalid", "Ali", "Youssef", "Hassan", "Karim", "Tariq", "Abdullah", "Faisal", "Samir", "Hamza", "Mustafa"],
            ["Al-Mansouri", "Al-Hashimi", "El-Sayed", "Haddad", "Khalil", "Nasser", "Saleh", "Hamdan", "Farouk", "Mansour", "Ben Ali", "Al-Otaibi", "Al-Qahtani", "Abdelrahman", "Aziz", "Ibrahim", "Mahmoud", "Benjelloun"]),
        [Persian] = new(
            ["Maryam", "Zahra", "Fatemeh", "Sara", "Nazanin", "Shirin", "Parisa", "Roya", "Mahsa", "Leila", "Farah", "Nilufar"],
            ["Reza", "Ali", "Mohammad", "Hossein", "Amir", "Mehdi", "Farhad", "Dariush", "Ahmad", "Babak", "Rustam", "Javad"],
            ["Hosseini", "Ahmadi", "Mohammadi", "Karimi", "Rahimi", "Moradi", "Rezaei", "Jafari", "Sadeghi", "Ghorbani", "Nazari", "Rahmani", "Akbari", "Haidari"]),
        [Turkic] = new(
            ["Ayşe", "Elif", "Zeynep", "Aigerim", "Gulnara", "Dilnoza", "Aida", "Leyla", "Nigora", "Asel", "Aruzhan", "Sevda", "Oyuun"],
            ["Mehmet", "Mustafa", "Emre", "Murat", "Yerlan", "Nurlan", "Azamat", "Timur", "Bekzod", "Rashid", "Elnur", "Arman", "Bat-Erdene"],
            ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aliyev", "Mammadov", "Karimov", "Abdullaev", "Tursunov", "Ismailov", "Nurmagambetov", "Ganbaatar"]),
        [SouthAsian] = new(
            ["Priya", "Ananya", "Lakshmi", "Nusrat", "Kavya", "Deepa", "Sunita", "Meera", "Anjali", "Farzana", "Nadia", "Shreya", "Ayesha"],
            ["Rahul", "Arjun", "Vikram", "Sanjay", "Amit", "Ravi", "Imran", "Bilal", "Tanvir", "Rajesh", "Suresh", "Kamal", "Arif", "Nikhil"],
            ["Sharma", "Patel", "Gupta", "Singh", "Kumar", "Reddy", "Iyer", "Khan", "Chowdhury", "Rahman", "Hossain", "Perera", "Fernando", "Shrestha", "Joshi", "Nair", "Malik", "Qureshi"]),
        [Chinese] = new(
            ["Mei", "Fang", "Jing", "Xiuying", "Lina", "Yan", "Hui", "Ling", "Xiaoling", "Yun", "Min", "Qing"],
            ["Wei", "Jun", "Hao", "Lei", "Ming", "Jian", "Qiang", "Tao", "Bo", "Zhiwei", "Yong", "Kai"],
            ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Lin", "Guo", "He"]),
        [Japanese] = new(
            ["Yuki", "Haruka", "Aiko", "Sakura", "Yui", "Naomi", "Keiko", "Emi", "Mai", "Rina", "Ayaka"],
            ["Hiroshi", "Takashi", "Kenji", "Daisuke", "Yuto", "Haruto", "Satoshi", "Kazuki", "Shota", "Ryo", "Taro"],
            ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada"]),
        [Korean] = new(
            ["Ji-woo", "Seo-yeon", "Min-ji", "Su-bin", "Ha-eun", "Yu-na", "Eun-ji", "Hye-jin", "Soo-ah"],
            ["Min-jun", "Ji-hoon", "Seo-jun", "Hyun-woo", "Dong-hyun", "Jae-won", "Sung-min", "Tae-yang"],
            ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"]),
        [SoutheastAsian] = new(
            ["Siti", "Dewi", "Putri", "Nurul", "Angelica", "Kristine", "Lan", "Linh", "Ploy", "Suda", "Mya", "Sokha", "Aye"],
            ["Budi", "Agus", "Rizal", "Ahmad", "Jose", "Mark", "Minh", "Tuan", "Somchai", "Anan", "Thant", "Vanna", "Hafiz"],
            ["Santoso", "Wijaya", "Pratama", "Hidayat", "Abdullah", "Tan", "Reyes", "Santos", "Cruz", "Nguyen", "Tran", "Pham", "Srisuk", "Win", "Sok", "Phommachanh"]),
        [WestAfrican] = new(
            ["Aminata", "Fatou", "Awa", "Mariama", "Ngozi", "Chiamaka", "Adaeze", "Ama", "Akosua", "Abena", "Aissatou", "Kadiatou", "Folake", "Yewande"],
            ["Moussa", "Ousmane", "Mamadou", "Ibrahima", "Cheikh", "Chidi", "Emeka", "Oluwaseun", "Kwame", "Kofi", "Yaw", "Adama", "Babacar", "Tunde"],
            ["Diallo", "Ndiaye", "Traoré", "Diop", "Sow", "Camara", "Coulibaly", "Keïta", "Okafor", "Adeyemi", "Okonkwo", "Mensah", "Asante", "Owusu", "Bello", "Touré", "Ouédraogo", "Mukendi", "Ilunga"]),
        [EastSouthernAfrican] = new(
            ["Wanjiru", "Achieng", "Nyambura", "Amani", "Neema", "Aster", "Tigist", "Thandiwe", "Nomvula", "Lerato", "Chipo", "Rudo", "Mercy"],
            ["Kamau", "Otieno", "Baraka", "Juma", "Abebe", "Dawit", "Tesfaye", "Thabo", "Sipho", "Tatenda", "Bongani", "Musa", "Emmanuel"],
            ["Mwangi", "Odhiambo", "Njoroge", "Mutua", "Kiprop", "Nyirenda", "Banda", "Phiri", "Moyo", "Dlamini", "Nkosi", "Ndlovu", "Mokoena", "Tadesse", "Bekele", "Habimana", "Uwimana", "Rakotomalala"]),
        [Pacific] = new(
            ["Losana", "Mere", "Sina", "Salote", "Litia", "Vaiola", "Miriama", "Talia", "Ana"],
            ["Sione", "Tevita", "Viliami", "Semisi", "Josefa", "Isikeli", "Manu", "Tamati", "Peni"],
            ["Tuilagi", "Fifita", "Vaipulu", "Naivalu", "Kaufusi", "Tupou", "Waqa", "Leota", "Faleolo", "Koroi", "Taufa"]),
    };
}
