import type { exportImportEn } from './en-export-import';

export const exportImportId: typeof exportImportEn = {
  title: 'Kembalikan hasil ekspor',
  intro:
    'Masukkan kembali latihan dan gejala dari hasil ekspor ke jurnal Anda, misalnya di komputer lain. Anda melihat perbandingannya dengan jurnal Anda sebelum ada yang berubah. Isinya digabungkan: tidak ada isi jurnal Anda yang dihapus.',
  file: 'Berkas hasil ekspor',
  fileHint:
    'Pilih kedua berkas CSV sekaligus (latihan dan gejala: tahan Ctrl, atau ⌘ di Mac, untuk memilih yang kedua), atau satu berkas rekam kesehatan (FHIR, berakhiran .json).',
  reading: 'Membaca…',
  read: '{{files}} sudah dibaca. Periksa isi hasil ekspor di bawah, lalu gabungkan.',
  failed: 'Berkas tidak dapat dibaca: {{reason}}',
  unchanged: 'Tidak ada yang diubah.',
  kind: {
    workout: 'latihan',
    symptom: 'gejala',
  },
  problem: {
    'no-file': 'Pilih kedua berkas CSV dari sebuah ekspor, atau berkas rekam kesehatannya.',
    'too-many-files':
      'Itu lebih dari dua berkas. Pilih kedua berkas CSV dari satu ekspor, atau berkas rekam kesehatannya saja.',
    'bundle-with-other':
      'Berkas rekam kesehatan (FHIR) dikembalikan sendiri. Pilih berkas itu saja, atau pilih kedua berkas CSV bersamaan.',
    'csv-missing-sessions':
      'Ini berkas gejala; berkas latihannya belum dipilih. Pilih kedua berkas CSV sekaligus: berkas latihannya juga (bernama seperti sessions-2026-11-21.csv).',
    'csv-missing-symptoms':
      'Ini berkas latihan; berkas gejalanya belum dipilih. Pilih kedua berkas CSV sekaligus: berkas gejalanya juga (bernama seperti symptoms-2026-11-21.csv).',
    'same-csv-twice-sessions':
      'Kedua berkas itu sama-sama berkas latihan. Pilih satu berkas latihan dan satu berkas gejala dari ekspor yang sama.',
    'same-csv-twice-symptoms':
      'Kedua berkas itu sama-sama berkas gejala. Pilih satu berkas latihan dan satu berkas gejala dari ekspor yang sama.',
    'too-large':
      '“{{file}}” lebih besar dari {{size}}, jadi bukan hasil ekspor yang dapat dibaca aplikasi ini. Tidak ada yang dibaca.',
    empty: '“{{file}}” kosong.',
    'not-text': '“{{file}}” bukan hasil ekspor: isinya bukan teks. Mungkin ini jenis berkas lain.',
    'not-an-export':
      '“{{file}}” bukan hasil ekspor jurnal ini: baris pertamanya bukan baris judul berkas CSV latihan atau gejala.',
    'not-json':
      '“{{file}}” tampak seperti berkas rekam kesehatan, tetapi tidak dapat dibaca: mungkin rusak atau terpotong.',
    'backup-file':
      '“{{file}}” adalah cadangan jurnal, bukan hasil ekspor. Bukalah lewat “Cadangan Anda sendiri” di layar ini.',
    'not-a-bundle': '“{{file}}” bukan rekam kesehatan (Bundle FHIR) yang diekspor dari jurnal ini.',
    'fhir-damaged':
      '“{{file}}” rusak: entrinya tidak berbentuk entri rekam kesehatan. Ekspor ulang dari jurnal asalnya.',
    'fhir-foreign-entry':
      'Entri {{entry}} di “{{file}}” bukan latihan atau gejala dari jurnal ini, jadi berkas ini tidak dapat dikembalikan. Hanya berkas rekam kesehatan yang diekspor aplikasi ini yang bisa.',
    'fhir-unreadable': 'Entri {{entry}} di “{{file}}” ({{kind}}): {{part}} tidak ada atau tidak dapat dibaca.',
    'fhir-invalid': 'Entri {{entry}} di “{{file}}” ({{kind}}): nilai “{{field}}” tidak diterima oleh jurnal.',
    'fhir-duplicate-id':
      'Entri {{entry}} di “{{file}}” ({{kind}}) memiliki ID yang sama dengan entri sebelumnya. Jurnal hanya dapat menyimpan salah satunya, jadi berkas ini rusak.',
    'fhir-unknown-session':
      'Entri {{entry}} di “{{file}}” adalah gejala yang terhubung ke latihan yang tidak ada di berkas itu. Ekspor ulang seluruh jurnal.',
    'no-entries': 'Berkas ini tidak berisi latihan maupun gejala, jadi tidak ada yang bisa dikembalikan.',
  },
  part: {
    time: 'tanggal dan waktunya',
    activity: 'aktivitasnya',
    duration: 'durasinya',
    factor: 'salah satu faktornya (pemanasan, air, duduk …)',
    sensation: 'apa yang dirasakan',
    location: 'tempat terasanya',
    severity: 'tingkat keparahannya',
    onset: 'kapan mulainya',
    'warning-sign': 'sebuah tanda bahaya',
    relief: 'apa yang membantu',
    ongoing: 'apakah masih berlangsung',
    'record-times': 'kapan dicatat atau terakhir diubah',
    unknown: 'sebagian isinya',
  },
  rows: {
    title: 'Baris yang tidak dapat dibaca',
    intro:
      'Hasil ekspor hanya dikembalikan jika semua baris berkasnya dapat dibaca. Perbaiki baris-baris ini, atau ekspor ulang dari jurnal asalnya, lalu pilih lagi kedua berkasnya.',
    more: 'Yang tercantum hanya {{shown}} masalah pertama dari {{count}}.',
    column: {
      file: 'Berkas',
      line: 'Baris',
      column: 'Kolom',
      problem: 'Masalah',
    },
    file: {
      sessions: 'Latihan',
      symptoms: 'Gejala',
    },
    wholeLine: 'Seluruh baris',
    summary_one:
      '{{formatted}} baris dalam berkasnya tidak dapat dibaca (tercantum di bawah), jadi tidak ada yang dikembalikan.',
    summary_other:
      '{{formatted}} baris dalam berkasnya tidak dapat dibaca (tercantum di bawah), jadi tidak ada yang dikembalikan.',
  },
  csv: {
    'missing-column':
      'Baris judul tidak memiliki kolom dengan nama ini, jadi tidak ada baris berkas ini yang dibaca. Ekspor ulang berkasnya, atau kembalikan kolom itu.',
    'malformed-row':
      'Baris ini rusak: ada tanda kutip yang tidak ditutup, atau jumlah selnya berbeda dengan baris judul.',
    'offset-mismatch':
      'Selisih waktu ini (dalam menit) tidak sama dengan yang tertulis di akhir tanggal dan waktu entrinya.',
    'duplicate-id': 'Baris sebelumnya di berkas ini memiliki ID yang sama. Jurnal hanya dapat menyimpan salah satunya.',
    'unknown-session': 'Gejala ini terhubung ke latihan yang tidak ada di berkas latihan.',
    value: {
      'date-time': 'Ini bukan tanggal dan waktu beserta selisih UTC-nya, seperti 2026-03-01T18:30:00+01:00.',
      'whole-number': 'Ini bukan bilangan bulat.',
      'yes-no': 'Isinya harus “yes” atau “no”, atau kosong jika tidak dicatat.',
      list: 'Daftar ini tidak dapat dibaca: ada “\\” di ujungnya tanpa apa pun sesudahnya.',
      locations: 'Ini bukan daftar tempat seperti “foot:left; hand:right”.',
      text: 'Nilai ini tidak dapat dibaca.',
    },
  },
  preview: {
    title: 'Isi hasil ekspor ini',
    format: 'Format',
    csv: 'Dua berkas CSV',
    fhir: 'Rekam kesehatan (FHIR R4)',
    file: 'Berkas',
    workoutsFile: 'Berkas latihan',
    symptomsFile: 'Berkas gejala',
    entries: 'Entri',
    entriesRange: 'Dari {{first}} sampai {{last}}',
    tableTitle: 'Dibandingkan dengan jurnal Anda',
    column: {
      kind: 'Jenis',
      rows: 'Di hasil ekspor',
      new: 'Baru',
      identical: 'Sama dengan milik Anda',
      differing: 'Berbeda',
      newerInFile: 'Lebih baru di hasil ekspor',
    },
    table: {
      sessions: 'Latihan',
      symptoms: 'Gejala',
    },
    newerNote:
      'Entri “Baru” belum ada di jurnal Anda. Dari entri yang berbeda, “Lebih baru di hasil ekspor” adalah entri yang diubah belakangan di hasil ekspor daripada di jurnal Anda.',
    allThere:
      'Semua entri di hasil ekspor ini sudah ada di jurnal Anda apa adanya: penggabungan tidak menambahkan apa pun.',
  },
  merge: {
    button: 'Gabungkan ke jurnal saya',
    hint: 'Penggabungan menambahkan entri yang belum Anda miliki, memperbarui entri yang diubah belakangan di hasil ekspor, dan membiarkan isi jurnal Anda yang lain apa adanya. Tidak ada yang dihapus.',
    safety: 'Cadangan pengaman jurnal Anda dibuat terlebih dahulu.',
    working: 'Menggabungkan…',
    close: 'Tutup',
    closed: 'Tidak ada yang diubah.',
    done: 'Digabungkan: {{added}} ditambahkan, {{updated}} diperbarui, {{unchanged}} tidak berubah.',
    keptYours_one: '{{formatted}} entri dibiarkan seperti di jurnal Anda, karena di sana diubah lebih belakangan.',
    keptYours_other: '{{formatted}} entri dibiarkan seperti di jurnal Anda, karena di sana diubah lebih belakangan.',
    safetyTaken: 'Cadangan pengaman sudah dibuat terlebih dahulu.',
    noSafety: 'Jurnal Anda belum berisi entri, jadi cadangan pengaman tidak diperlukan.',
    failed: 'Tidak ada yang diubah: {{reason}}',
  },
};
