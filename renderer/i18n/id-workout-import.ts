import type { workoutImportEn } from './en-workout-import';

export const workoutImportId: typeof workoutImportEn = {
  title: 'Impor latihan dari Strava atau Garmin',
  intro:
    'Masukkan latihan yang sudah Anda rekam. Anda melihat apa yang akan ditambahkan sebelum ada yang berubah, dan latihan yang sudah ada di jurnal tidak pernah ditambahkan dua kali.',
  file: 'Pilih berkas…',
  fileHint:
    'Strava: activities.csv, dari arsip yang Anda minta di Settings → My Account → Download or delete your account. Garmin Connect: Activities.csv, dari Export CSV di daftar Activities.',
  reading: 'Membaca berkas…',
  read: '{{file}} sudah dibaca. Periksa di bawah apa yang akan ditambahkan, lalu impor.',
  problem: {
    empty: 'Berkas ini kosong. Pilih activities.csv dari Strava atau Activities.csv dari Garmin Connect.',
    'not-text':
      'Ini bukan berkas CSV: isinya bukan teks. Pilih activities.csv dari Strava atau Activities.csv dari Garmin Connect.',
    'too-large': 'Berkas ini terlalu besar untuk sebuah daftar latihan (lebih dari 50 MB).',
    'not-recognised':
      'Ini bukan daftar latihan dari Strava atau Garmin Connect. Pilih activities.csv dari arsip Strava Anda, atau Activities.csv dari Garmin Connect.',
    'missing-column':
      'Berkas ini tampak seperti daftar latihan, tetapi kolom “{{column}}” tidak ada, jadi latihannya tidak dapat dibaca. Ekspor ulang berkasnya tanpa mengubahnya.',
    failed: 'Berkas tidak dapat dibaca: {{reason}}',
  },
  service: {
    strava: 'Strava',
    garmin: 'Garmin Connect',
  },
  preview: {
    title: 'Periksa sebelum mengimpor',
    recognised: '“{{file}}” adalah daftar latihan dari {{service}}.',
    localTimes: 'Waktunya tidak mencantumkan zona waktu, jadi dibaca sebagai waktu {{zone}}.',
    toAdd_one: '{{count}} latihan akan ditambahkan.',
    toAdd_other: '{{count}} latihan akan ditambahkan.',
    nothingToAdd: 'Tidak ada yang baru untuk ditambahkan.',
    skipped: {
      'already-in-journal_one': '{{count}} latihan sudah ada di jurnal Anda.',
      'already-in-journal_other': '{{count}} latihan sudah ada di jurnal Anda.',
      'repeated-in-file_one':
        '{{count}} baris mengulang latihan yang sudah tercantum sebelumnya di berkas; latihan itu hanya ditambahkan sekali.',
      'repeated-in-file_other':
        '{{count}} baris mengulang latihan yang sudah tercantum sebelumnya di berkas; masing-masing hanya ditambahkan sekali.',
      'needs-activity_one': '{{count}} latihan belum diimpor sampai Anda memilih aktivitas untuk jenisnya (di bawah).',
      'needs-activity_other':
        '{{count}} latihan belum diimpor sampai Anda memilih aktivitas untuk jenisnya (di bawah).',
      'in-future_one': '{{count}} latihan dimulai di masa depan, jadi tidak diimpor.',
      'in-future_other': '{{count}} latihan dimulai di masa depan, jadi tidak diimpor.',
      'invalid-session_one': '{{count}} latihan melanggar aturan jurnal dan tidak diimpor (lihat di bawah).',
      'invalid-session_other': '{{count}} latihan melanggar aturan jurnal dan tidak diimpor (lihat di bawah).',
    },
    unreadable_one: '{{count}} baris tidak dapat dibaca (lihat di bawah).',
    unreadable_other: '{{count}} baris tidak dapat dibaca (lihat di bawah).',
    import_one: 'Impor {{count}} latihan',
    import_other: 'Impor {{count}} latihan',
    importing: 'Mengimpor…',
  },
  mapping: {
    title: 'Aktivitas',
    intro:
      'Setiap jenis latihan di berkas menjadi sebuah aktivitas di jurnal Anda. Saran sudah diisikan; ubah mana saja. Pilihan Anda diingat untuk impor berikutnya.',
    type: 'Jenis di berkas',
    workouts: 'Latihan',
    activity: 'Aktivitas di jurnal Anda',
    choose: 'Pilih aktivitas',
    keepName: 'Aktivitas tersendiri, “{{name}}”',
    needsChoice: 'Belum diimpor sampai Anda memilih.',
  },
  rows: {
    title: 'Baris yang tidak dapat diimpor',
    line: 'Baris',
    reason: 'Alasan',
    column: 'Kolom',
    wholeRow: 'Seluruh baris',
    noColumn: '–',
    problem: {
      'malformed-row':
        'Baris ini rusak: ada tanda kutip yang tidak ditutup, atau jumlah selnya berbeda dari baris pertama.',
      'invalid-type': 'Jenis aktivitasnya kosong atau lebih dari 60 karakter.',
      'invalid-date': 'Tanggal dan jamnya tidak ada atau tidak ditulis seperti biasanya oleh layanan ini.',
      'invalid-duration': 'Durasinya tidak ada atau bukan lama waktu.',
      'duration-out-of-range': 'Durasinya nol atau lebih dari 24 jam.',
    },
  },
  done_one: '{{count}} latihan ditambahkan.',
  done_other: '{{count}} latihan ditambahkan.',
  cancelled: 'Tidak ada yang diimpor.',
  failed: 'Tidak ada yang diimpor: {{reason}}',
};
