"""Common Venezuelan given names and surnames, for plausible demo residents."""

FEMALE = (
    "María", "Carmen", "Yusmary", "Yelitza", "Ana", "Luisa", "Rosa", "Milagros", "Yajaira",
    "Gabriela", "Daniela", "Andreína", "Josefina", "Marisol", "Nelly", "Xiomara", "Yolanda",
    "Beatriz", "Zuleima", "Génesis", "Valentina", "Camila", "Isabel", "Norelys", "Mariela",
    "Francys", "Yenny", "Oriana", "Sofía", "Lisbeth", "Ángela", "Elena", "Teresa", "Dayana",
)
MALE = (
    "José", "Luis", "Carlos", "Jesús", "Juan", "Pedro", "Rafael", "Miguel", "Jhonny", "Yorman",
    "Freddy", "Wilmer", "Richard", "Ramón", "Antonio", "Francisco", "Alejandro", "Andrés",
    "Darwin", "Eduardo", "Gregorio", "Héctor", "Iván", "Jorge", "Leonardo", "Manuel", "Néstor",
    "Óscar", "Rubén", "Santiago", "Simón", "Víctor", "Yeferson", "Ángel", "Julián", "Efraín",
)
SURNAMES = (
    "González", "Rodríguez", "Pérez", "Hernández", "García", "Martínez", "López", "Sánchez",
    "Ramírez", "Díaz", "Torres", "Rojas", "Gómez", "Flores", "Morales", "Suárez", "Rivas",
    "Mendoza", "Castillo", "Medina", "Guerrero", "Blanco", "Contreras", "Romero", "Marcano",
    "Salazar", "Briceño", "Parra", "Peña", "Zambrano", "Acosta", "Colmenares", "Villegas",
    "Chirinos", "Quintero", "Montilla", "Ugueto", "Linares", "Bolívar", "Carrasquel", "Nuñez",
    "Muñoz", "Ibáñez", "Aponte", "Guzmán", "Figueroa", "Palacios", "Ochoa", "Zapata", "Yépez",
)
STREETS = (
    "Calle Principal", "Calle El Carmen", "Vereda 5", "Callejón La Ceiba", "Calle Bolívar",
    "Avenida Sucre", "Calle Los Mangos", "Vereda La Esperanza", "Calle Miranda",
    "Sector La Quebrada", "Calle Real", "Escalera 3",
)
