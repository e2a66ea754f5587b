import type { backupFileEn } from './en-backup-file';

export const backupFileId: typeof backupFileEn = {
  title: 'Cadangan Anda sendiri',
  intro:
    'Satu berkas berisi seluruh jurnal Anda: latihan, gejala, pengaturan, dan artikel yang diimpor. Simpan di tempat yang aman, misalnya di flashdisk, atau gunakan untuk memindahkan jurnal ke komputer lain.',
  count: {
    workouts_one: '{{formatted}} latihan',
    workouts_other: '{{formatted}} latihan',
    symptoms_one: '{{formatted}} gejala',
    symptoms_other: '{{formatted}} gejala',
  },
  export: {
    title: 'Simpan cadangan',
    protect: 'Lindungi dengan frasa sandi',
    protectHint: 'Berkasnya dienkripsi: hanya orang yang tahu frasa sandinya yang dapat membukanya.',
    passphrase: 'Frasa sandi',
    repeat: 'Ulangi frasa sandi',
    warning:
      'Catat frasa sandi ini dan simpan di tempat yang aman. Jika Anda lupa, cadangan ini tidak akan pernah bisa dibuka: tidak ada yang bisa memulihkan frasa sandinya, termasuk pembuat aplikasi ini.',
    save: 'Simpan cadangan…',
    saving: 'Menyimpan…',
    passphraseEmpty: 'Isi frasa sandi, atau hapus centang “Lindungi dengan frasa sandi”.',
    passphraseShort: 'Gunakan setidaknya 8 karakter: beberapa kata mudah diingat dan sulit ditebak.',
    repeatEmpty: 'Ketik frasa sandi sekali lagi.',
    passphraseMismatch: 'Kedua frasa sandi tidak sama. Ketik ulang keduanya.',
    fileType: 'Cadangan jurnal',
    fileTypeEncrypted: 'Cadangan jurnal yang dilindungi frasa sandi',
    saved: '{{file}} telah disimpan.',
    savedEncrypted: '{{file}} telah disimpan, dilindungi dengan frasa sandi Anda.',
    empty: 'Jurnal Anda masih kosong, jadi belum ada yang perlu dicadangkan.',
    cancelled: 'Tidak ada yang disimpan.',
    failed: 'Cadangan tidak dapat disimpan: {{reason}}',
    problem: {
      'passphrase-empty': 'Isi frasa sandi, atau hapus centang “Lindungi dengan frasa sandi”.',
      'too-large':
        'Jurnal Anda terlalu besar untuk disimpan sebagai satu berkas cadangan (lebih dari {{size}}), jadi tidak ada berkas yang disimpan.',
    },
  },
  open: {
    title: 'Buka cadangan',
    intro:
      'Pilih berkas cadangan yang pernah Anda simpan. Anda akan melihat isinya, dan perbandingannya dengan jurnal Anda, sebelum ada yang berubah.',
    file: 'Berkas cadangan',
    fileHint:
      'Berkas dengan nama seperti journal-backup-2026-11-21.json, atau journal-backup-2026-11-21.json.enc jika dilindungi frasa sandi.',
    reading: 'Membaca berkas…',
    read: '{{file}} sudah dibuka. Periksa isinya di bawah, lalu pilih langkah berikutnya.',
    protected: '{{file}} dilindungi dengan frasa sandi.',
    passphrase: 'Frasa sandi cadangan ini',
    passphraseHint: 'Frasa sandi yang dipilih saat cadangan ini disimpan.',
    passphraseEmpty: 'Isi frasa sandinya.',
    submit: 'Buka',
    opening: 'Membuka…',
    failed: 'Berkas tidak dapat dibaca: {{reason}}',
  },
  problem: {
    empty: 'Berkas ini kosong, jadi bukan cadangan.',
    'too-large':
      'Berkas ini lebih besar dari {{size}}, jadi bukan cadangan yang bisa dibuka aplikasi ini. Berkasnya tidak dibaca.',
    truncated:
      'Cadangan ini tidak lengkap: isinya terputus di tengah jalan, mungkin karena penyalinan atau penyimpanannya terhenti. Gunakan salinan lain.',
    'not-json':
      'Ini bukan cadangan jurnal: isinya bukan teks cadangan. Mungkin ini jenis berkas lain, atau cadangannya rusak.',
    'not-a-backup': 'Berkas ini bukan cadangan jurnal. Pilih berkas yang disimpan lewat “Simpan cadangan…”.',
    'newer-format': 'Cadangan ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi, lalu buka lagi.',
    'newer-schema': 'Cadangan ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi, lalu buka lagi.',
    'invalid-rows':
      'Cadangan ini berisi entri yang bermasalah (tercantum di bawah), jadi tidak dapat dipulihkan atau digabungkan.',
    'encrypted-header-damaged':
      'Cadangan terlindungi ini rusak: bagian awal berkasnya berubah, jadi tidak dapat dibuka. Gunakan salinan lain.',
    'encrypted-header-invalid':
      'Cadangan terlindungi ini memakai jenis enkripsi yang tidak dikenal versi aplikasi ini. Perbarui aplikasi, lalu buka lagi.',
    'iterations-too-low':
      'Cadangan terlindungi ini tidak dienkripsi dengan aman, jadi tidak dibuka. Berkas ini tidak dibuat oleh aplikasi ini.',
    'iterations-too-high':
      'Cadangan terlindungi ini meminta kerja jauh lebih berat untuk dibuka daripada yang pernah dipakai aplikasi ini, jadi tidak dibuka. Berkas ini tidak dibuat oleh aplikasi ini.',
    'passphrase-required': 'Cadangan ini dilindungi frasa sandi. Isi frasa sandinya untuk membuka cadangan.',
    'wrong-passphrase': 'Frasa sandi itu tidak dapat membuka cadangan ini. Periksa lalu coba lagi.',
    'encrypted-data-damaged':
      'Frasa sandinya benar, tetapi cadangannya rusak: sebagian isinya berubah atau terpotong. Gunakan salinan lain.',
  },
  preview: {
    title: 'Isi {{file}}',
    made: 'Dibuat',
    reason: 'Jenis cadangan',
    appVersion: 'Versi aplikasi',
    protection: 'Frasa sandi',
    protectedYes: 'Dilindungi frasa sandi',
    protectedNo: 'Tidak dilindungi',
    entries: 'Entri',
    entriesRange: 'Dari {{first}} sampai {{last}}',
    noEntries: 'Tidak ada latihan atau gejala',
    unknown: 'Tidak tercatat',
    tableTitle: 'Dibandingkan dengan jurnal Anda',
    column: {
      kind: 'Jenis',
      rows: 'Di cadangan',
      invalid: 'Bermasalah',
      new: 'Baru',
      identical: 'Sama dengan milik Anda',
      differing: 'Berbeda',
      newerInFile: 'Lebih baru di cadangan',
      inJournal: 'Di jurnal Anda sekarang',
    },
    table: {
      sessions: 'Latihan',
      symptoms: 'Gejala',
      settings: 'Pengaturan',
      articles: 'Artikel yang diimpor',
    },
    newerNote:
      'Entri “Baru” belum ada di jurnal Anda. Dari entri yang berbeda, “Lebih baru di cadangan” adalah entri yang diubah belakangan di cadangan daripada di jurnal Anda.',
    settingsNote:
      'Pengaturan tidak mencatat waktu perubahan, jadi penggabungan mempertahankan pengaturan Anda; mengganti jurnal memakai pengaturan dari cadangan.',
  },
  rows: {
    title: 'Entri yang bermasalah',
    more: 'Yang tercantum hanya {{shown}} masalah pertama dari {{count}}.',
    column: {
      kind: 'Jenis',
      row: 'No. entri',
      field: 'Isian',
      problem: 'Masalah',
    },
    file: 'Berkasnya sendiri',
    none: '–',
    wholeRow: 'Seluruh entri',
    'duplicate-id':
      'Entri lain sebelumnya di cadangan ini memiliki ID yang sama. Jurnal hanya dapat menyimpan salah satunya, jadi cadangan ini rusak.',
  },
  apply: {
    replace: 'Ganti jurnal saya dengan cadangan ini',
    replaceHint:
      'Semua isi jurnal Anda sekarang dihapus, lalu entri, pengaturan, dan artikel dari cadangan menggantikannya.',
    merge: 'Gabungkan ke jurnal saya',
    mergeHint:
      'Penggabungan menambahkan entri cadangan yang belum Anda miliki, memperbarui entri yang diubah belakangan di cadangan, dan membiarkan isi jurnal Anda yang lain apa adanya.',
    blocked:
      'Ganti dan gabungkan dinonaktifkan: cadangan ini berisi entri yang bermasalah (tercantum di atas), jadi tidak ada isinya yang bisa dipakai. Jurnal Anda tidak berubah. Gunakan salinan cadangan lain jika Anda punya.',
    close: 'Tutup',
    closed: 'Tidak ada yang diubah.',
    working: 'Memproses…',
    confirm: {
      title: 'Ganti jurnal Anda dengan cadangan ini?',
      body: 'Jurnal Anda sekarang berisi {{journalWorkouts}} dan {{journalSymptoms}}. Semuanya dihapus, beserta pengaturan dan artikel yang Anda impor, lalu digantikan oleh {{fileWorkouts}} dan {{fileSymptoms}} dari cadangan.',
      safety:
        'Cadangan pengaman jurnal Anda dibuat terlebih dahulu, jadi Anda bisa kembali ke sana dari Pengaturan → Data Anda → Cadangan.',
      bodyEmpty:
        'Jurnal Anda belum berisi entri, jadi tidak ada yang hilang: {{fileWorkouts}} dan {{fileSymptoms}} dari cadangan, beserta pengaturan dan artikelnya, menjadi jurnal Anda.',
      confirm: 'Ganti jurnal saya',
    },
    replaced: 'Diganti: jurnal Anda sekarang berisi {{workouts}} dan {{symptoms}} dari cadangan.',
    merged: 'Digabungkan: {{added}} ditambahkan, {{updated}} diperbarui, {{unchanged}} tidak berubah.',
    keptYours_one: '{{formatted}} entri dibiarkan seperti di jurnal Anda, karena di sana diubah lebih belakangan.',
    keptYours_other: '{{formatted}} entri dibiarkan seperti di jurnal Anda, karena di sana diubah lebih belakangan.',
    safetyTaken: 'Cadangan pengaman sudah dibuat terlebih dahulu.',
    noSafety: 'Jurnal Anda belum berisi entri, jadi cadangan pengaman tidak diperlukan.',
    failed: 'Tidak ada yang diubah: {{reason}}',
  },
};
