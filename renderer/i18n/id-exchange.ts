import type { exchangeEn } from './en-exchange';

export const exchangeId: typeof exchangeEn = {
  title: 'Data masuk & keluar',
  intro:
    'Jurnal ini milik Anda. Keluarkan dalam format terbuka, simpan cadangan sendiri, pindahkan ke komputer lain, atau masukkan latihan yang sudah Anda catat di tempat lain.',
  export: {
    title: 'Ekspor',
    intro: 'Setiap berkas memuat semua catatan, dengan semua isiannya.',
    csv: 'Spreadsheet (CSV, 2 berkas)…',
    csvHint:
      'sessions.csv dan symptoms.csv, satu baris per catatan, dengan semua isiannya. Waktu disertai selisih UTC-nya; daftar dipisah dengan “; ”.',
    fhir: 'Rekam kesehatan (FHIR R4)',
    fhirHint:
      'Bundle FHIR R4 berisi observasi, format yang dipakai sistem rekam kesehatan untuk bertukar data. Ditandai sebagai laporan pasien sendiri.',
    empty: 'Jurnal Anda masih kosong, jadi belum ada yang bisa diekspor.',
    saved: '{{file}} tersimpan.',
    savedPair: '{{sessions}} (latihan) dan {{symptoms}} (gejala) tersimpan.',
    printDialog: 'Dialog cetak terbuka: pilih “Simpan sebagai PDF” atau sebuah printer.',
    cancelled: 'Tidak ada yang disimpan.',
    failed: 'Berkas tidak dapat disimpan: {{reason}}',
  },
  fhirField: {
    intensity: 'Intensitas (RPE 1–10)',
    longestHoldMinutes: 'Tahanan terlama',
    repeatedMovements: 'Gerakan berulang',
    warmUp: 'Pemanasan',
    stretching: 'Peregangan',
    waterMl: 'Air yang diminum',
    electrolytes: 'Elektrolit diganti',
    tightClothing: 'Pakaian atau cincin ketat',
    cold: 'Dingin, atau berpakaian terlalu tipis',
    gripTrainer: 'Memakai alat latih genggam',
    sittingHours: 'Jam duduk hari itu',
    location: 'Tempat terasa',
    onset: 'Kapan mulai',
    onsetAfterMinutes: 'Menit setelah latihan',
    durationMinutes: 'Berapa lama',
    ongoing: 'Masih berlangsung',
    worseWithActivity: 'Memburuk dengan aktivitas',
    warningSign: 'Tanda bahaya',
  },
};
