package main

import (
	"bufio"
	"fmt"
	"strings"
)

type State int

const (
	Connected State = iota
	Greeted
	HaveSender
	HaveRecipients
	ReadingData
	Closed
)

func (s State) String() string {
	return [...]string{"CONNECTED", "GREETED", "HAVE_SENDER", "HAVE_RCPT", "DATA", "CLOSED"}[s]
}

type Message struct {
	From string
	To   []string
	Body []string
}

type Session struct {
	state     State
	client    string
	cur       Message
	delivered []Message
	handlers  map[string]func(arg string) string
}

func addrArg(arg, prefix string) (string, bool) {
	if !strings.HasPrefix(strings.ToUpper(arg), prefix) {
		return "", false
	}
	a := strings.TrimSpace(arg[len(prefix):])
	if a != "<>" && (len(a) < 3 || a[0] != '<' || a[len(a)-1] != '>' || !strings.Contains(a, "@")) {
		return "", false
	}
	return a[1 : len(a)-1], true
}

func NewSession() *Session {
	s := &Session{}
	s.handlers = map[string]func(string) string{
		"HELO": func(arg string) string {
			if arg == "" {
				return "501 HELO requires domain"
			}
			s.client, s.state, s.cur = arg, Greeted, Message{}
			return "250 hello " + arg
		},
		"MAIL": func(arg string) string {
			if s.state != Greeted {
				return "503 bad sequence: MAIL in state " + s.state.String()
			}
			from, ok := addrArg(arg, "FROM:")
			if !ok {
				return "501 syntax: MAIL FROM:<address>"
			}
			s.cur.From, s.state = from, HaveSender
			return "250 sender ok"
		},
		"RCPT": func(arg string) string {
			if s.state != HaveSender && s.state != HaveRecipients {
				return "503 bad sequence: need MAIL first"
			}
			to, ok := addrArg(arg, "TO:")
			if !ok {
				return "501 syntax: RCPT TO:<address>"
			}
			if strings.HasSuffix(to, "@blocked.test") {
				return "550 mailbox unavailable: " + to
			}
			s.cur.To, s.state = append(s.cur.To, to), HaveRecipients
			return fmt.Sprintf("250 recipient %d ok", len(s.cur.To))
		},
		"DATA": func(string) string {
			if s.state != HaveRecipients {
				return "503 bad sequence: no valid recipients"
			}
			s.state = ReadingData
			return "354 end data with <CR><LF>.<CR><LF>"
		},
		"RSET": func(string) string {
			if s.state != Connected {
				s.state = Greeted
			}
			s.cur = Message{}
			return "250 reset"
		},
		"NOOP": func(string) string { return "250 ok" },
		"QUIT": func(string) string {
			s.state = Closed
			return "221 bye"
		},
	}
	s.handlers["EHLO"] = s.handlers["HELO"]
	return s
}

// Feed processes one client line and returns the server reply ("" when none).
func (s *Session) Feed(line string) string {
	if s.state == ReadingData {
		if line == "." {
			s.delivered = append(s.delivered, s.cur)
			s.cur, s.state = Message{}, Greeted
			return fmt.Sprintf("250 queued as #%d", len(s.delivered))
		}
		s.cur.Body = append(s.cur.Body, strings.TrimPrefix(line, ".")) // dot-unstuffing
		return ""
	}
	verb, arg, _ := strings.Cut(line, " ")
	h, ok := s.handlers[strings.ToUpper(verb)]
	if !ok {
		return "500 unrecognized command " + verb
	}
	return h(strings.TrimSpace(arg))
}

const script = `NOOP
MAIL FROM:<a@x.test>
EHLO client.test
MAIL FROM:<alice@example.test>
RCPT TO:<bob@example.test>
RCPT TO:<eve@blocked.test>
RCPT TO:carol@example.test
RCPT TO:<carol@example.test>
DATA
Subject: hello

Hi Bob and Carol,
..this line starts with a dot
.
DATA
MAIL FROM:<>
RSET
VRFY bob
MAIL FROM:<alice@example.test>
RCPT TO:<dave@example.test>
DATA
short note
.
QUIT
NOOP`

func main() {
	s := NewSession()
	fmt.Println("S: 220 toy-smtp ready")
	sc := bufio.NewScanner(strings.NewReader(script))
	for sc.Scan() {
		if s.state == Closed {
			fmt.Println("   (connection closed; ignoring", sc.Text()+")")
			continue
		}
		line := sc.Text()
		before := s.state
		reply := s.Feed(line)
		if reply == "" {
			fmt.Printf("C: %-30s (data)\n", line)
			continue
		}
		note := ""
		if s.state != before {
			note = fmt.Sprintf("  [%v -> %v]", before, s.state)
		}
		fmt.Printf("C: %-30s S: %s%s\n", line, reply, note)
	}
	for i, m := range s.delivered {
		fmt.Printf("message #%d from=%q to=%q lines=%d body[last]=%q\n", i+1, m.From, m.To, len(m.Body), m.Body[len(m.Body)-1])
	}
}
