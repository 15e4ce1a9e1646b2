"""Thai and English texts for the core: database, configuration, accounts, sign-in, audit, backups."""

# code -> (Thai, English); placeholders name the error's parameters.
MESSAGES: dict[str, tuple[str, str]] = {
    "error": ("เกิดข้อผิดพลาด", "Something went wrong"),
    "not_found": ("ไม่พบข้อมูล {what}", "{what} was not found"),
    "invalid": ("ข้อมูลไม่ถูกต้อง: {field}", "Invalid value: {field}"),
    "required": ("ต้องกรอก {field}", "{field} is required"),
    "permission_denied": ("บัญชีนี้ไม่มีสิทธิ์ทำรายการนี้ ({action})", "Your role may not do this ({action})"),
    "conflict": (
        "มีผู้อื่นแก้ไขข้อมูลนี้ไปแล้ว กรุณาเปิดใหม่แล้วแก้ไขอีกครั้ง",
        "Someone else changed this record; reopen it and edit again",
    ),
    "db_not_local": (
        "ไม่สามารถเก็บฐานข้อมูล SQLite ไว้ที่ {path} ได้ เพราะเป็นโฟลเดอร์เครือข่ายหรือโฟลเดอร์ซิงก์คลาวด์ "
        "ซึ่งทำให้ข้อมูลเสียหายได้ หากหลายเครื่องต้องใช้ข้อมูลร่วมกัน ให้ใช้เซิร์ฟเวอร์ PostgreSQL "
        "(ตัวเลือก --db postgresql://...)",
        "A SQLite database cannot live at {path}: it is a network share or cloud-sync folder, where SQLite "
        "files get corrupted. For several PCs sharing data, use a PostgreSQL server (--db postgresql://...)",
    ),
    "db_unsupported": ("ไม่รองรับฐานข้อมูลชนิด {backend}", "Unsupported database type: {backend}"),
    "migration_heads": ("ชุดปรับโครงสร้างฐานข้อมูลไม่สมบูรณ์ ({heads})", "Migration scripts are inconsistent ({heads})"),
    "backup_not_sqlite": ("สำรองข้อมูลด้วยวิธีนี้ได้เฉพาะ SQLite", "This backup method works on SQLite only"),
    "backup_integrity": ("ไฟล์สำรองไม่ผ่านการตรวจสอบ: {detail}", "The backup failed its integrity check: {detail}"),
    "college_code_format": (
        "รหัสสถานศึกษาต้องเป็นตัวเลข 10 หลัก (ได้รับ '{value}')",
        "The college code must be 10 digits (got '{value}')",
    ),
    "demo_not_empty": (
        "ฐานข้อมูลมีข้อมูลอยู่แล้ว ({learners} คน) จึงไม่เติมข้อมูลตัวอย่าง",
        "The database already holds data ({learners} learners); demo data is only added to an empty one",
    ),
    "reference_value": (
        "ไฟล์อ้างอิง {file} แถวที่ {row}: ค่าในช่อง {field} ไม่ถูกต้อง ('{value}')",
        "Reference file {file}, row {row}: invalid value in {field} ('{value}')",
    ),
    "config_unreadable": (
        "อ่านไฟล์ตั้งค่า {path} ไม่ได้ ({detail}) กรุณาแก้ไขหรือลบไฟล์นี้แล้วเปิดโปรแกรมใหม่",
        "Cannot read the settings file {path} ({detail}); fix or delete it and start again",
    ),
    "file_refused": ("ไม่รับไฟล์นี้: {reason}", "File refused: {reason}"),
    "cancelled": ("ยกเลิกแล้ว ไม่มีการบันทึกข้อมูลใด ๆ", "Cancelled; nothing was saved"),
    "database": ("ฐานข้อมูลทำงานผิดพลาด กรุณาลองใหม่ หากยังไม่ได้ให้แจ้งผู้ดูแลระบบ",
                 "The database reported an error; try again, and tell your administrator if it persists"),
    "password_too_short": ("รหัสผ่านต้องยาวอย่างน้อย {minimum} ตัวอักษร", "The password needs at least {minimum} characters"),
    "password_too_long": ("รหัสผ่านยาวเกิน {maximum} ตัวอักษร", "The password is longer than {maximum} characters"),
    "password_contains_username": ("รหัสผ่านต้องไม่มีชื่อผู้ใช้อยู่ในนั้น", "The password must not contain the user name"),
    "password_too_simple": ("รหัสผ่านง่ายเกินไป ใช้ตัวอักษรที่ต่างกันอย่างน้อย 4 ตัว",
                            "The password is too simple: use at least 4 different characters"),
    "password_wrong": ("รหัสผ่านปัจจุบันไม่ถูกต้อง", "The current password is wrong"),
    "password_mismatch": ("รหัสผ่านที่พิมพ์สองครั้งไม่ตรงกัน", "The two passwords typed differ"),
    "username_format": ("ชื่อผู้ใช้ '{value}' ใช้ไม่ได้: ใช้ a-z 0-9 . _ - ยาว 3-60 ตัว",
                        "User name '{value}' is not allowed: use a-z 0-9 . _ -, 3 to 60 characters"),
    "username_taken": ("มีผู้ใช้ชื่อ '{value}' อยู่แล้ว", "A user named '{value}' already exists"),
    "role_unknown": ("ไม่รู้จักบทบาท '{value}' (มี: {roles})", "Unknown role '{value}' (roles: {roles})"),
    "administrator_exists": ("มีผู้ดูแลระบบอยู่แล้ว", "An administrator already exists"),
    "last_administrator": ("ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อยหนึ่งคน จึงเปลี่ยน '{value}' ไม่ได้",
                           "'{value}' is the last active administrator and cannot be changed"),
    "login_failed": ("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "Wrong user name or password"),
    "account_locked": ("บัญชีถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง จนถึง {until} (UTC) หรือให้ผู้ดูแลระบบปลดล็อก",
                       "The account is locked after repeated wrong passwords until {until} (UTC), "
                       "or until an administrator unlocks it"),
    "account_disabled": ("บัญชีนี้ถูกระงับ ติดต่อผู้ดูแลระบบ", "This account is disabled; ask an administrator"),
    "reauth_required": ("ต้องใส่รหัสผ่านอีกครั้งก่อนทำรายการนี้ ({action})",
                        "Enter your password again before doing this ({action})"),
    "login_required": ("ต้องระบุผู้ใช้ด้วย --user ชื่อ เพราะระบบมีผู้ดูแลระบบแล้ว",
                       "Name a user with --user NAME: this database has an administrator"),
    "password_missing": ("ไม่มีรหัสผ่าน: ใช้ --password-file, ตัวแปร VOCDESK_PASSWORD หรือพิมพ์ในเทอร์มินัล",
                         "No password: use --password-file, VOCDESK_PASSWORD or type it in a terminal"),
    "demo_users_warning": ("ใช้สาธิตเท่านั้น — รหัสผ่านใน demo_users มีไว้ลองใช้แต่ละบทบาท ต้องเปลี่ยนหรือลบบัญชีเหล่านี้ก่อนใช้งานจริง "
                           "(ใช้ได้ เช่น vocdesk --user demo-administrator ...)",
                           "DEMO ONLY — these passwords are for trying each role; change or delete these accounts "
                           "before real use (e.g. vocdesk --user demo-administrator ...)"),
    "conflict_changed": (
        "มีผู้อื่นแก้ไข {entity} #{id} ไปแล้ว (โดย {changed_by}; ช่อง {fields}) กรุณาเปิดใหม่แล้วแก้ไขอีกครั้ง",
        "Someone else changed {entity} #{id} (by {changed_by}; fields {fields}); reopen it and edit again",
    ),
    "audit_broken": ("บันทึกการใช้งานถูกแก้ไข ลบ หรือสลับลำดับ ที่รายการ #{event_id} ({reason})",
                     "The audit trail was edited, deleted or reordered at record #{event_id} ({reason})"),
    "backup_missing": ("ไม่พบไฟล์ {path}", "File not found: {path}"),
    "backup_failed": ("สำรองข้อมูลจาก {path} ไม่สำเร็จ: {detail}", "Backing up {path} failed: {detail}"),
    "backup_unreadable": ("อ่านไฟล์สำรอง {path} ไม่ได้: {detail}", "Cannot read the backup {path}: {detail}"),
    "backup_postgres": (
        "ฐานข้อมูล PostgreSQL ต้องสำรองที่เซิร์ฟเวอร์ (pg_dump) โดยผู้ดูแลเซิร์ฟเวอร์ VocDesk ไม่ได้สำรองให้",
        "A PostgreSQL database is backed up on the server (pg_dump) by its administrator; VocDesk does not do it",
    ),
    "backup_folder_unusable": ("ใช้โฟลเดอร์สำรอง {path} ไม่ได้: {detail}", "Cannot use backup folder {path}: {detail}"),
    "restore_not_confirmed": ("ไม่ได้ยืนยัน จึงไม่กู้คืน", "Not confirmed; nothing was restored"),
    "restore_not_admin": ("ผู้ใช้ {user} ไม่ใช่ผู้ดูแลระบบในไฟล์สำรองนี้", "{user} is not an administrator in this backup"),
    "database_damaged": ("ฐานข้อมูลเสียหาย ({detail}) ให้กู้คืนจากไฟล์สำรอง: vocdesk backup restore FILE",
                         "The database is damaged ({detail}); restore a backup: vocdesk backup restore FILE"),
    "setting_invalid": ("ค่าตั้ง {key} ไม่ถูกต้อง", "The setting {key} is not valid"),
    "setting_not_json": (
        "ค่าตั้ง {key} ที่บันทึกไว้อ่านไม่ได้ ({detail}) ให้ผู้ดูแลระบบตั้งค่านี้ใหม่ (ตรวจด้วย vocdesk check)",
        "The stored setting {key} cannot be read ({detail}); an administrator should set it again "
        "(vocdesk check lists such settings)",
    ),
    "setting_wrong_type": (
        "ค่าตั้ง {key} ต้องเป็น{expected_th} แต่ที่บันทึกไว้คือ {value} ให้ผู้ดูแลระบบตั้งค่านี้ใหม่",
        "The setting {key} must be a {expected}, but {value} is stored; an administrator should set it again",
    ),
    "setting_out_of_range": (
        "ค่าตั้ง {key} = {value} อยู่นอกช่วง {minimum} ถึง {maximum}",
        "The setting {key} = {value} is outside {minimum} to {maximum}",
    ),
    "setting_rule": ("ค่าตั้ง {key} = {value} ใช้ไม่ได้: {detail}", "The setting {key} = {value} cannot be used: {detail}"),
}
