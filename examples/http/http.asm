; http: a static HTTP/1.0 server in x86-64 assembly, for a FROM scratch image.
; Build: nasm -f bin -o http http.asm && chmod +x http
; Run:   http [PORT]      (PORT 1-65535, default 8080; serves ./index.html from the working directory)
;        A PORT that is not a number in range, or that cannot be bound, prints one line and exits 1.
;
; - GET / and GET /index.html: 200 with Content-Type: text/html and a Content-Length taken from the
;   file as it is now (open + fstat per request); HEAD: the same head, no body.
; - Any other target: 404. A method other than GET or HEAD: 405 with Allow. A known target not
;   followed by " HTTP/1.", or a request line that does not end within 4 KiB, 32 reads or 3 s of
;   silence: 400. Responses are HTTP/1.0, so the connection closes after each one.
; - One connection at a time (others wait in the listen backlog); receive and send timeouts of 3 s
;   and the read limits bound how long one client can hold it.
;   After the response the server half-closes; if the client has sent more than was read, it
;   drains that (bounded) before closing, so the client reads the response instead of a reset.
; - SIGPIPE is ignored, so a client that resets costs an EPIPE, not the server. SIGTERM and SIGINT
;   exit 0 at once: PID 1 in a container has no default action for them (docker stop waits 10 s).
; - No libc, no sections: a hand-made ELF64 header and one read+execute segment. Writable data
;   lives on the stack. Addresses fit in 32 bits (no PIE), so `mov esi, label` loads a pointer.

BITS 64
base            equ 0x400000
default_port    equ 8080
buf_size        equ 4096            ; request line limit; drain read size
max_reads       equ 32              ; reads allowed for the request line
drain_reads     equ 64              ; reads allowed when draining
timeout_s       equ 3               ; SO_RCVTIMEO and SO_SNDTIMEO
backlog         equ 4096            ; clients waiting to be accepted, served in turn

; Linux x86-64 system calls and constants
sys_read        equ 0
sys_write       equ 1
sys_open        equ 2
sys_close       equ 3
sys_fstat       equ 5
sys_rt_sigaction equ 13
sys_sendfile    equ 40
sys_socket      equ 41
sys_accept      equ 43
sys_sendto      equ 44
sys_recvfrom    equ 45
sys_shutdown    equ 48
sys_bind        equ 49
sys_listen      equ 50
sys_setsockopt  equ 54
sys_exit_group  equ 231
SIGINT          equ 2
SIGPIPE         equ 13
SIG_IGN         equ 1
SIGTERM         equ 15
SA_RESTORER     equ 0x04000000
AF_INET         equ 2
SOCK_STREAM     equ 1
SOL_SOCKET      equ 1
SO_REUSEADDR    equ 2
SO_RCVTIMEO     equ 20
SO_SNDTIMEO     equ 21
SHUT_WR         equ 1
MSG_DONTWAIT    equ 0x40
MSG_MORE        equ 0x8000
stat_at         equ 64              ; where fstat writes in the buffer (before the head is built)
st_size         equ 48              ; offset of st_size in struct stat

        org base
ehdr:   db 0x7F, "ELF", 2, 1, 1, 0  ; 64-bit, little-endian, version 1, System V ABI
        dq 0
        dw 2                        ; e_type: ET_EXEC
        dw 62                       ; e_machine: EM_X86_64
        dd 1                        ; e_version
        dq start                    ; e_entry
        dq phdr - ehdr              ; e_phoff
        dq 0                        ; e_shoff: no sections
        dd 0                        ; e_flags
        dw phdr - ehdr              ; e_ehsize
        dw phdr_size                ; e_phentsize
        dw 1                        ; e_phnum
        dw 0, 0, 0                  ; e_shentsize, e_shnum, e_shstrndx
phdr:   dd 1                        ; p_type: PT_LOAD
        dd 5                        ; p_flags: read + execute
        dq 0                        ; p_offset: the whole file...
        dq base, base               ; p_vaddr, p_paddr
        dq file_size, file_size     ; p_filesz, p_memsz: ...and nothing more
        dq 0x1000                   ; p_align
phdr_size equ $ - phdr

start:
        ; The port: argv[1] in decimal, 1 to 65535; the default without it.
        pop rcx                     ; argc
        pop rsi                     ; argv[0]
        pop rsi                     ; argv[1], or the NULL that ends argv
        mov ebx, default_port
        test rsi, rsi
        jz have_port
        xor ebx, ebx
        xor eax, eax
.digit: lodsb
        test al, al
        jz port_parsed
        sub al, '0'
        cmp al, 9
        ja fail
        imul ebx, ebx, 10
        add ebx, eax
        cmp ebx, 0xFFFF
        jbe .digit
fail:                               ; a bad PORT, or one that cannot be bound: say so, exit 1
        mov esi, failure_text
        lodsb
        movzx edx, al
        push 2                      ; stderr
        pop rdi
        push sys_write
        pop rax
        syscall
        push 1
        pop rdi
exit:   mov eax, sys_exit_group
        syscall
on_signal:
        xor edi, edi
        jmp exit
port_parsed:
        test ebx, ebx
        jz fail
have_port:
        push 0                      ; struct timeval {timeout_s, 0}
        push timeout_s
        mov r15, rsp                ; r15: the timeout
        xchg bl, bh                 ; struct sockaddr_in {AF_INET, htons(port), INADDR_ANY, 0}
        shl ebx, 16
        mov bl, AF_INET
        push 0
        push rbx

        push AF_INET
        pop rdi
        push SOCK_STREAM
        pop rsi
        push sys_socket
        pop rax
        syscall                     ; a failure shows at bind
        xchg edi, eax               ; edi: the listening socket, through bind and listen

        push SOL_SOCKET             ; SO_REUSEADDR: a restart must not wait out TIME_WAIT
        pop rsi
        push SO_REUSEADDR
        pop rdx
        mov r10, r15                ; any non-zero int turns it on: the timeout's seconds do
        push 4
        pop r8
        push sys_setsockopt
        pop rax
        syscall

        mov rsi, rsp
        push 16
        pop rdx
        push sys_bind
        pop rax
        syscall
        test eax, eax
        jnz fail

        mov esi, backlog
        push sys_listen
        pop rax
        syscall
        test eax, eax
        jnz fail
        mov r12d, edi               ; r12: the listening socket

        ; SIGTERM, then SIGINT: on_signal. sa_restorer is required on x86-64 (on_signal never
        ; returns, so it is never used). Then SIGPIPE: ignored, so a client's reset is only EPIPE.
        push 0                      ; sa_mask
        push 0                      ; sa_restorer
        push SA_RESTORER            ; sa_flags
        push on_signal              ; sa_handler
        mov rsi, rsp
        xor edx, edx
        push 8                      ; sizeof(sigset_t)
        pop r10
        push SIGTERM
        pop rdi
.signal:
        push sys_rt_sigaction
        pop rax
        syscall
        sub edi, SIGTERM - SIGINT
        jns .signal
        mov dword [rsi], SIG_IGN
        push SIGPIPE
        pop rdi
        push sys_rt_sigaction
        pop rax
        syscall

        enter buf_size, 0           ; [rsp]: buf_size bytes for requests, stat and response heads

serve:
        mov edi, r12d
        xor esi, esi
        xor edx, edx
        push sys_accept
        pop rax
        syscall
        test eax, eax
        js serve
        xchg ebx, eax               ; ebx: the client
        or r14, -1                  ; r14: the open file, none yet

        push SO_RCVTIMEO            ; then SO_SNDTIMEO
        pop rdx
        push 16
        pop r8
.timeout:
        mov edi, ebx
        push SOL_SOCKET
        pop rsi
        mov r10, r15
        push sys_setsockopt
        pop rax
        syscall
        inc edx
        cmp dl, SO_SNDTIMEO
        jbe .timeout

        ; Read until the request line ends with '\n', the buffer is full or a limit is hit.
        xor ebp, ebp                ; bytes in the buffer
        push max_reads
        pop r13
.read:  mov edx, buf_size
        sub edx, ebp
        jz bad_request
        dec r13d
        js bad_request
        lea rsi, [rsp + rbp]
        mov edi, ebx
        xor eax, eax                ; sys_read
        syscall
        test eax, eax
        jle bad_request             ; closed, reset, or silent past the timeout
        mov rdi, rsi
        add ebp, eax
        xchg ecx, eax
        mov al, 10
        repne scasb
        je request_line
        jmp .read

bad_request:
        mov esi, bad_request_head
        jmp error
not_found:
        mov esi, not_found_head
        jmp error
method_not_allowed:
        mov esi, method_head
error:  xor eax, eax                ; no body: Content-Length: 0
        xor ebp, ebp
        jmp respond

        ; "GET " or "HEAD ", "/" or "/index.html", " HTTP/1.". Every comparison stops at the '\n'.
request_line:
        mov rsi, rsp
        lodsd
        xor ebp, ebp                ; ebp: send the body (GET) or not (HEAD)
        cmp eax, 'GET '
        jne .head
        inc ebp
        jmp .target
.head:  cmp eax, 'HEAD'
        jne method_not_allowed
        lodsb
        cmp al, ' '
        jne method_not_allowed
.target:
        lodsb
        cmp al, '/'
        jne not_found
        cmp byte [rsi], ' '
        je .space
        mov edi, index_name
        push index_name_len
        pop rcx
        repe cmpsb
        jne not_found
.space: lodsb
        cmp al, ' '
        jne not_found
        mov edi, http_version
        push 7                      ; "HTTP/1."
        pop rcx
        repe cmpsb
        jne bad_request

        mov edi, index_name
        xor esi, esi                ; O_RDONLY
        push sys_open
        pop rax
        syscall
        test eax, eax
        js not_found
        mov r14d, eax
        mov edi, eax
        lea rsi, [rsp + stat_at]
        push sys_fstat
        pop rax
        syscall                     ; cannot fail on a file just opened
        mov rax, [rsp + stat_at + st_size]
        mov esi, ok_head

        ; rsi: the counted status and headers; rax: the Content-Length. Build the head at [rsp].
respond:
        mov rdi, rsp
        push rsi
        mov esi, http_version
        push http_version_len
        pop rcx
        rep movsb
        pop rsi
        movzx ecx, byte [rsi]
        inc esi
        rep movsb
        mov esi, content_length
        push content_length_len
        pop rcx
        rep movsb
        push 10                     ; the length in decimal: digits pushed, then popped in order
        pop rsi
        xor ecx, ecx
.div:   xor edx, edx
        div rsi
        push rdx
        inc ecx
        test rax, rax
        jnz .div
.digit: pop rax
        add al, '0'
        stosb
        loop .digit
        mov eax, 0x0A0D0A0D         ; "\r\n\r\n": the end of the head
        stosd

        mov rdx, rdi                ; send the head, held back (MSG_MORE) to leave with the body
        sub rdx, rsp
        mov rsi, rsp
        mov edi, ebx
        mov r10d, MSG_MORE
        xor r8d, r8d
        push sys_sendto
        pop rax
        syscall
        test ebp, ebp
        jz .finish
.body:  mov edi, ebx                ; sendfile from the file's position, in chunks of r10 =
        mov esi, r14d               ; MSG_MORE = 32 KiB, until the end of the file or an error
        xor edx, edx
        push sys_sendfile
        pop rax
        syscall
        test eax, eax
        jg .body

.finish:
        mov edi, r14d               ; close(-1) when there is no file: a harmless EBADF
        push sys_close
        pop rax
        syscall
        mov edi, ebx                ; half-close, drain what the client still sends, close
        push SHUT_WR
        pop rsi
        push sys_shutdown
        pop rax
        syscall
        push drain_reads
        pop r13
        push MSG_DONTWAIT           ; the first read takes only what has arrived: nothing, for
        pop r10                     ; most clients, and the connection closes at once
.drain: mov edi, ebx
        mov rsi, rsp
        mov edx, buf_size
        push sys_recvfrom           ; r8 = NULL (as sendto left it): no source address
        pop rax
        syscall
        xor r10d, r10d              ; the next reads wait, up to the receive timeout
        test eax, eax
        jle .close
        dec r13d
        jnz .drain
.close: mov edi, ebx
        push sys_close
        pop rax
        syscall
        jmp serve

%macro counted 1                    ; a string preceded by its length in one byte
        db %%end - %%start
%%start: db %1
%%end:
%endmacro
http_version:     db "HTTP/1.0 "    ; the status line's start; its first 7 bytes check requests
http_version_len  equ $ - http_version
ok_head:          counted {"200 OK", 13, 10, "Content-Type: text/html", 13, 10}
not_found_head:   counted {"404 Not Found", 13, 10}
method_head:      counted {"405 Method Not Allowed", 13, 10, "Allow: GET, HEAD", 13, 10}
bad_request_head: counted {"400 Bad Request", 13, 10}
content_length:   db "Content-Length: "
content_length_len equ $ - content_length
failure_text:     counted {"http: cannot listen on that port", 10}
index_name:       db "index.html"
index_name_len    equ $ - index_name
                  db 0
file_size equ $ - ehdr
