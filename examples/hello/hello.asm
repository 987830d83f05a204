; hello: a 53-byte i386 ELF that prints "Hi!" and exits 0.
; Build: nasm -f bin -o hello hello.asm && chmod +x hello
;
; The file is the 52-byte ELF header and one more byte. The program header is folded into the ELF
; header at offset 4, and the greeting and the code live in header fields Linux ignores on x86:
; e_shoff, e_flags, e_ehsize, e_shentsize, e_shnum, e_shstrndx. Facts relied on:
; - Linux starts an ELF with eax, ebx, ecx, edx zeroed;
; - a 32-bit ELF without PT_GNU_STACK gets READ_IMPLIES_EXEC, so a read-only segment runs;
; - only the magic, e_type, e_machine, e_phoff, e_phentsize and e_phnum are checked in the header;
; - the segment may be mapped past the end of the file as long as only the file's bytes are used.
; p_memsz equals e_entry (same bytes) and p_filesz is set to the same value, so there is no
; zero-filled tail for the kernel to clear in a read-only page (older kernels refuse that).

BITS 32
base    equ 0x00010000          ; p_vaddr: page-aligned, at or above vm.mmap_min_addr (65536)

        org base
ehdr:
        db 0x7F, "ELF"          ; e_ident[0..3]: the magic, the only ident bytes checked
phdr:                           ; the program header starts inside e_ident
        dd 1                    ; p_type = PT_LOAD          | e_ident: class 1 (32-bit), rest 0
        dd 0                    ; p_offset                  | e_ident
        dd base                 ; p_vaddr                   | e_ident
        dw 2                    ; e_type = ET_EXEC          | p_paddr (ignored)
        dw 3                    ; e_machine = EM_386        |
        dd start                ; e_version (ignored)       | p_filesz = p_memsz
        dd start                ; e_entry                   | p_memsz
        dd phdr - ehdr          ; e_phoff = 4               | p_flags = PF_R (+X, see above)
msg:    db "Hi!", 10            ; e_shoff (ignored)         | p_align (ignored for ET_EXEC)
start:                          ; e_flags, e_ehsize (ignored)
        mov al, 4               ; eax = __NR_write (i386)
        inc ebx                 ; ebx = 1, stdout
        mov dl, start - msg     ; edx = length
        db 0xB9                 ; mov ecx, imm32: the immediate is the next 4 header bytes,
        dw 32                   ; e_phentsize = 32  \  read as a little-endian dword they are
        dw 1                    ; e_phnum = 1        /  0x00010020 = base + 32 = msg
        int 0x80                ; write(1, msg, 4)          | e_shentsize
        dec ebx                 ; ebx = 0, the exit status  | e_shnum, e_shstrndx
        mov al, 1               ; eax = __NR_exit (write returned 4, so the upper bytes are 0)
        int 0x80                ; exit(0)

; Assembly-time assertions (a negative TIMES count is an error): the immediate above is
; e_phentsize/e_phnum, so msg must sit exactly at base + 32.
        times (msg - ehdr) - 32 db 0
        times 32 - (msg - ehdr) db 0
