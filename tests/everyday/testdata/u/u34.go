package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"time"
)

type Level int

const (
	LevelDebug Level = iota
	LevelInfo
	LevelWarn
	LevelError
)

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN", "ERROR"}[l] }

type Fields map[string]any

type Logger struct {
	buf    *bytes.Buffer
	min    Level
	fields Fields
	clock  func() time.Time
}

func NewLogger(buf *bytes.Buffer, min Level, clock func() time.Time) *Logger {
	return &Logger{buf: buf, min: min, fields: Fields{}, clock: clock}
}

func (l *Logger) With(kv ...any) *Logger {
	nf := Fields{}
	for k, v := range l.fields {
		nf[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		nf[fmt.Sprint(kv[i])] = kv[i+1]
	}
	return &Logger{buf: l.buf, min: l.min, fields: nf, clock: l.clock}
}

func (l *Logger) log(lv Level, msg string, kv ...any) {
	if lv < l.min {
		return
	}
	all := l.With(kv...).fields
	fmt.Fprintf(l.buf, "%s %-5s %s", l.clock().Format("15:04:05.000"), lv, msg)
	keys := make([]string, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		v := all[k]
		switch v := v.(type) {
		case string:
			if strings.ContainsAny(v, " =") {
				fmt.Fprintf(l.buf, " %s=%q", k, v)
				continue
			}
		case error:
			fmt.Fprintf(l.buf, " %s=%q", k, v.Error())
			continue
		case time.Duration:
			fmt.Fprintf(l.buf, " %s=%dms", k, v.Milliseconds())
			continue
		}
		fmt.Fprintf(l.buf, " %s=%v", k, v)
	}
	l.buf.WriteByte('\n')
}

func (l *Logger) Debug(msg string, kv ...any) { l.log(LevelDebug, msg, kv...) }
func (l *Logger) Info(msg string, kv ...any)  { l.log(LevelInfo, msg, kv...) }
func (l *Logger) Warn(msg string, kv ...any)  { l.log(LevelWarn, msg, kv...) }
func (l *Logger) Error(msg string, kv ...any) { l.log(LevelError, msg, kv...) }

type PaymentService struct {
	*Logger
	processed int
}

func (s *PaymentService) Charge(user string, cents int) error {
	log := s.With("user", user, "amount", cents)
	log.Debug("charging")
	if cents <= 0 {
		err := fmt.Errorf("invalid amount %d", cents)
		log.Error("charge rejected", "err", err)
		return err
	}
	s.processed++
	log.Info("charge ok", "took", time.Duration(cents%300)*time.Millisecond)
	return nil
}

func main() {
	var buf bytes.Buffer
	t := time.Date(2024, 2, 2, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { t = t.Add(125 * time.Millisecond); return t }

	root := NewLogger(&buf, LevelInfo, clock).With("service", "payments", "env", "prod")
	svc := &PaymentService{Logger: root.With("component", "charger")}
	for _, c := range []struct {
		user  string
		cents int
	}{{"alice", 1299}, {"bob", 0}, {"carol smith", 450}} {
		_ = svc.Charge(c.user, c.cents)
	}
	svc.Warn("queue depth high", "depth", 1024, "ratio", 0.875, "ok", false)
	root.Debug("invisible")

	fmt.Print(buf.String())
	fmt.Println("lines:", bytes.Count(buf.Bytes(), []byte("\n")), "bytes>0:", buf.Len() > 0, "processed:", svc.processed)

	first, _ := buf.ReadString('\n')
	fmt.Printf("first line has %d fields\n", len(strings.Fields(first)))
	var out bytes.Buffer
	out.WriteString("remaining starts with: ")
	out.Write(buf.Next(12))
	fmt.Println(out.String())
	fmt.Println(bytes.HasPrefix([]byte(first), []byte("10:00:00.125")), bytes.ToUpper([]byte("ok")))
}
