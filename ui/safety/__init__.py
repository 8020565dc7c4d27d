"""Data safety in the window: the Respaldos section of Configuración."""
