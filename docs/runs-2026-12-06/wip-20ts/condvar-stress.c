// Stress libfaketime's pthread_cond_timedwait: threads that init/destroy monotonic condvars and wait 10 ms on them,
// like .NET's LowLevelMonitor (Task.Delay's timer thread, WaitForExit). A watchdog on raw syscalls (not faked)
// reports any wait that lasts more than 5 s.
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <errno.h>
#define N 16
static volatile long last[N];
static long rawnow(void){struct timespec t; syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &t); return t.tv_sec;}
static void *worker(void *a){
  long i=(long)a; pthread_condattr_t at; pthread_condattr_init(&at); pthread_condattr_setclock(&at, CLOCK_MONOTONIC);
  for(long k=0;;k++){
    pthread_cond_t *c=malloc(sizeof *c); pthread_mutex_t m=PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_init(c,&at);
    struct timespec ts; clock_gettime(CLOCK_MONOTONIC,&ts); ts.tv_nsec+=10000000; if(ts.tv_nsec>=1000000000){ts.tv_sec++;ts.tv_nsec-=1000000000;}
    pthread_mutex_lock(&m); int r=pthread_cond_timedwait(c,&m,&ts); pthread_mutex_unlock(&m);
    if(r!=ETIMEDOUT && r!=0) fprintf(stderr,"r=%d\n",r);
    if(k%2) pthread_cond_destroy(c); // half leak without destroy (allowed in glibc), as some native code does
    free(c);
    // a realtime condvar with the default attributes, as most C code uses
    pthread_cond_t *d=malloc(sizeof *d); pthread_cond_init(d,NULL);
    clock_gettime(CLOCK_REALTIME,&ts); ts.tv_nsec+=10000000; if(ts.tv_nsec>=1000000000){ts.tv_sec++;ts.tv_nsec-=1000000000;}
    pthread_mutex_lock(&m); r=pthread_cond_timedwait(d,&m,&ts); pthread_mutex_unlock(&m);
    pthread_cond_destroy(d); free(d);
    last[i]=rawnow();
  }
}
int main(int argc,char**argv){
  int secs=argc>1?atoi(argv[1]):20; pthread_t t[N]; long start=rawnow();
  for(long i=0;i<N;i++){last[i]=start; pthread_create(&t[i],0,worker,(void*)i);}
  for(;;){ struct timespec s={1,0}; syscall(SYS_nanosleep,&s,0); long now=rawnow(); int stuck=0;
    for(int i=0;i<N;i++) if(now-last[i]>5) stuck++;
    if(stuck){printf("STALL: %d of %d threads stuck > 5 s after %ld s\n",stuck,N,now-start); fflush(stdout); _exit(2);}
    if(now-start>=secs){printf("no stall in %d s\n",secs); fflush(stdout); _exit(0);} }
}
