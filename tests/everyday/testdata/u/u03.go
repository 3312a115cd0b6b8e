package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

var (
	ErrNotFound = errors.New("not found")
	ErrReadOnly = errors.New("storage is read-only")
)

type Storage interface {
	Get(key string) (string, error)
	Put(key, value string) error
	Delete(key string) error
	Keys() []string
}

type MemoryStorage struct {
	data map[string]string
}

func NewMemory() *MemoryStorage { return &MemoryStorage{data: map[string]string{}} }

func (m *MemoryStorage) Get(key string) (string, error) {
	v, ok := m.data[key]
	if !ok {
		return "", fmt.Errorf("get %q: %w", key, ErrNotFound)
	}
	return v, nil
}

func (m *MemoryStorage) Put(key, value string) error { m.data[key] = value; return nil }

func (m *MemoryStorage) Delete(key string) error {
	if _, ok := m.data[key]; !ok {
		return fmt.Errorf("delete %q: %w", key, ErrNotFound)
	}
	delete(m.data, key)
	return nil
}

func (m *MemoryStorage) Keys() []string {
	keys := make([]string, 0, len(m.data))
	for k := range m.data {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type LoggingStorage struct {
	next Storage
	log  *strings.Builder
}

func (l *LoggingStorage) logf(format string, args ...any) {
	fmt.Fprintf(l.log, format+"\n", args...)
}

func (l *LoggingStorage) Get(key string) (string, error) {
	v, err := l.next.Get(key)
	l.logf("GET %s -> %q err=%v", key, v, err)
	return v, err
}

func (l *LoggingStorage) Put(key, value string) error {
	err := l.next.Put(key, value)
	l.logf("PUT %s=%q err=%v", key, value, err)
	return err
}

func (l *LoggingStorage) Delete(key string) error {
	err := l.next.Delete(key)
	l.logf("DEL %s err=%v", key, err)
	return err
}

func (l *LoggingStorage) Keys() []string { return l.next.Keys() }

type ReadOnlyStorage struct{ Storage }

func (ReadOnlyStorage) Put(string, string) error { return ErrReadOnly }
func (ReadOnlyStorage) Delete(string) error      { return ErrReadOnly }

func exercise(name string, s Storage) {
	fmt.Printf("== %s (%T)\n", name, s)
	for _, kv := range [][2]string{{"a", "1"}, {"b", "2"}, {"c", "3"}} {
		if err := s.Put(kv[0], kv[1]); err != nil {
			fmt.Println("  put failed:", err)
		}
	}
	if _, err := s.Get("zzz"); errors.Is(err, ErrNotFound) {
		fmt.Println("  missing key reported:", err)
	}
	if err := s.Delete("b"); err != nil {
		fmt.Println("  delete:", err, errors.Is(err, ErrReadOnly))
	}
	fmt.Println("  keys:", s.Keys())
}

func main() {
	mem := NewMemory()
	exercise("memory", mem)

	var buf strings.Builder
	logged := &LoggingStorage{next: NewMemory(), log: &buf}
	exercise("logging", logged)
	fmt.Print(buf.String())

	ro := ReadOnlyStorage{Storage: mem}
	exercise("readonly", ro)
	v, err := ro.Get("a")
	fmt.Printf("readonly get a: %q %v\n", v, err)

	stack := []Storage{mem, logged, ro}
	for i, s := range stack {
		_, isLog := s.(*LoggingStorage)
		fmt.Printf("%d %-24T logging=%-5t keys=%d\n", i, s, isLog, len(s.Keys()))
	}
}
