package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
	Fatal
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR", "FATAL"}

func (l Level) String() string {
	if l < Debug || l > Fatal {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return levelNames[l-Debug]
}

func ParseLevel(s string) (Level, error) {
	for i, n := range levelNames {
		if strings.EqualFold(n, s) {
			return Level(i) + Debug, nil
		}
	}
	return 0, fmt.Errorf("unknown level %q", s)
}

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.ToLower(l.String())), nil }
func (l *Level) UnmarshalText(b []byte) error {
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Perm is a bit set of permissions.
type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Execute
	Admin
	AllPerms = Read | Write | Execute | Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "read"}, {Write, "write"}, {Execute, "exec"}, {Admin, "admin"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
			p &^= f.bit
		}
	}
	if p != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(p)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

type Weekday int

const (
	Monday Weekday = iota + 1
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
	Sunday
)

func (d Weekday) String() string {
	return [...]string{"?", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}[d]
}
func (d Weekday) Weekend() bool { return d >= Saturday }
func (d Weekday) Next() Weekday { return d%7 + 1 }

type LoggerConfig struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
}

func main() {
	for l := Debug; l <= Fatal+1; l++ {
		fmt.Printf("%d=%v ", int(l), l)
	}
	fmt.Println()

	for _, s := range []string{"warn", "ERROR", "Info", "trace"} {
		l, err := ParseLevel(s)
		fmt.Printf("parse %-6q -> %v (err=%v), enabled at WARN: %t\n", s, l, err, err == nil && l >= Warn)
	}

	cfg := []LoggerConfig{{"http", Warn}, {"db", Debug}}
	out, _ := json.Marshal(cfg)
	fmt.Println("json:", string(out))

	var back []LoggerConfig
	err := json.Unmarshal([]byte(`[{"name":"cache","level":"fatal"},{"name":"auth","level":"info"}]`), &back)
	fmt.Printf("decoded: %+v err=%v\n", back, err)
	err = json.Unmarshal([]byte(`{"name":"x","level":"loud"}`), &LoggerConfig{})
	fmt.Println("bad level:", err)

	fmt.Println()
	roles := map[string]Perm{"guest": Read, "dev": Read | Write | Execute, "root": AllPerms}
	for _, r := range []string{"guest", "dev", "root"} {
		p := roles[r]
		fmt.Printf("%-6s %-22v bits=%04b canWrite=%-5t admin=%t\n", r, p, uint8(p), p.Has(Write), p.Has(Admin))
	}
	p := roles["dev"]
	p &^= Execute
	p |= 1 << 6
	fmt.Println("modified dev:", p)
	fmt.Println("zero perm:", Perm(0))

	fmt.Println()
	d := Friday
	for i := 0; i < 5; i++ {
		fmt.Printf("%v weekend=%t  ", d, d.Weekend())
		d = d.Next()
	}
	fmt.Println()
	fmt.Printf("%%v=%v %%d=%d %%q=%q %%x=%x\n", Sunday, Sunday, Sunday, Warn)
}
